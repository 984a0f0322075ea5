package org.orggraph.graphiql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The GraphiQL page at {@code /graphiql}: {@code static/graphiql/page.html} with the example queries of
 * {@code graphql/examples/*.graphql} (in file name order) as its default tabs. Built once at start.
 */
final class GraphiQlPage {

    static final String EXAMPLES = "classpath*:graphql/examples/*.graphql";

    private final List<Example> examples;
    private final String html;

    record Example(String file, String query) {
    }

    private GraphiQlPage(List<Example> examples, String html) {
        this.examples = examples;
        this.html = html;
    }

    static GraphiQlPage load() {
        List<Example> examples = examples();
        String template = read(new ClassPathResource("static/graphiql/page.html"));
        String tabs = examples.stream().map(e -> "{\"query\":" + json(e.query()) + "}")
                .collect(Collectors.joining(",", "[", "]"));
        String html = template.replace("/*EXAMPLES*/[]", tabs).replace("/*VERSION*/", version(tabs));
        return new GraphiQlPage(examples, html);
    }

    static List<Example> examples() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(EXAMPLES);
            return Arrays.stream(resources)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(r -> new Example(r.getFilename(), read(r)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + EXAMPLES, e);
        }
    }

    List<Example> exampleList() {
        return examples;
    }

    String html() {
        return html;
    }

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** A JSON string literal that is also safe inside a {@code <script>} element. */
    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String version(String tabs) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(tabs.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
