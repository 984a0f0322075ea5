package org.orggraph.cookbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.GraphQlTesters;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The query cookbook ({@code docs/cookbook.md}, between the cookbook markers) is generated
 * from the example queries in {@code graphql/examples/} and their real output on the Heshan data, so it cannot go
 * stale: this test fails when the document differs from what the examples answer now. After changing examples or
 * data: {@code ./mvnw test -Dtest=CookbookTest -Dcookbook.update=true}.
 */
@OrgGraphTest
class CookbookTest {

    static final Path README = Path.of("docs/cookbook.md");
    static final String START = "<!-- cookbook:start -->";
    static final String END = "<!-- cookbook:end -->";
    /** Lists in the printed output are cut to this many items. */
    static final int SHOWN = 3;

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * A search's relevance scores depend on the full-text index's statistics (how many names it holds), which every
     * test class that creates or removes nodes moves in the second decimal: they are compared as "a score". The
     * hits, their order and everything else are compared as printed.
     */
    static String withoutScores(String text) {
        return text.replaceAll("\"score\" : [0-9.]+", "\"score\" : (a score)");
    }

    record Example(String file, String question, List<String> notes, String query) {
    }

    @Test
    void theCookbookShowsWhatEveryExampleAnswersOnTheHeshanData() throws IOException {
        List<Example> examples = examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
        StringBuilder section = new StringBuilder("\n");
        section.append("Planners' questions answered with GraphQL on the Heshan reference data. Each query is a file in\n")
                .append("`graphql/examples/` (GraphiQL at `/graphiql` opens with one tab per example); each output is the real\n")
                .append("answer, written by `CookbookTest`, which fails when this section no longer matches what the API\n")
                .append("answers. Regenerate after changing the examples or the data:\n")
                .append("`./mvnw test -Dtest=CookbookTest -Dcookbook.update=true`. Lists are cut to their first ")
                .append(SHOWN).append(" items.\n");
        int n = 0;
        for (Example example : examples) {
            n++;
            Map<String, Object> answer = run(example.query());
            assertThat(answer).as(example.file()).doesNotContainKey("errors");
            section.append("\n### ").append(n).append(". ").append(example.question()).append("\n\n");
            for (String note : example.notes()) {
                section.append(note).append('\n');
            }
            if (!example.notes().isEmpty()) {
                section.append('\n');
            }
            section.append("`graphql/examples/").append(example.file()).append("`\n\n");
            section.append("```graphql\n").append(example.query().strip()).append("\n```\n\n");
            section.append("```json\n").append(json.writerWithDefaultPrettyPrinter().writeValueAsString(trim(answer)))
                    .append("\n```\n");
        }
        section.append('\n');

        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("docs/cookbook.md has the markers " + START + " and " + END).isNotNegative();
        assertThat(end).as("docs/cookbook.md has the markers " + START + " and " + END).isGreaterThan(start);
        if (Boolean.getBoolean("cookbook.update")) {
            Files.writeString(README, readme.substring(0, start + START.length()) + section + readme.substring(end),
                    StandardCharsets.UTF_8);
        } else {
            assertThat(withoutScores(readme.substring(start + START.length(), end)))
                    .as("The cookbook (docs/cookbook.md) is stale: run ./mvnw test -Dtest=CookbookTest -Dcookbook.update=true")
                    .isEqualTo(withoutScores(section.toString()));
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> run(String query) {
        String body = GraphQlTesters.webClient(port).post().contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", query)).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return json.readValue(body, LinkedHashMap.class);
    }

    /**
     * Lists cut to their first few items, with a note of how many more there are; decimals (full-text scores) to
     * two places, because Lucene's scores differ in the last digits between two stores holding the same data.
     */
    @SuppressWarnings("unchecked")
    static Object trim(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, trim(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.stream().limit(SHOWN).forEach(v -> copy.add(trim(v)));
            if (list.size() > SHOWN) {
                copy.add("… " + (list.size() - SHOWN) + " more");
            }
            return copy;
        }
        if (value instanceof Double d) {
            return java.math.BigDecimal.valueOf(d).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
        }
        return value;
    }

    static List<Example> examples() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/examples/*.graphql");
        List<Example> examples = new ArrayList<>();
        for (Resource resource : Arrays.stream(resources).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
            String text;
            try (InputStream in = resource.getInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            List<String> comments = text.lines().takeWhile(l -> l.startsWith("#"))
                    .map(l -> l.replaceFirst("^#\\s?", "")).toList();
            assertThat(comments).as(resource.getFilename() + " starts with its question as a # comment").isNotEmpty();
            String query = text.lines().dropWhile(l -> l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
            examples.add(new Example(resource.getFilename(), comments.get(0), comments.subList(1, comments.size()), query));
        }
        return examples;
    }
}
