package org.orggraph.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The API's Cypher, kept in {@code src/main/resources/cypher/<feature>/<name>.cypher} so it can be read, pasted
 * into Neo4j Browser and reviewed as Cypher. A file may contain {@code {{placeholder}}}s that
 * {@link #render(String, Map)} replaces with fragments chosen from fixed enums (labels, relationship types,
 * sort orders) — never with user input, which always travels as parameters.
 */
@Component
public class CypherFiles {

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** The text of {@code classpath:cypher/<path>.cypher}; fails fast when it is missing. */
    public String load(String path) {
        return cache.computeIfAbsent(path, CypherFiles::read);
    }

    /** The file with each {@code {{key}}} replaced by its (whitelisted) fragment. */
    public String render(String path, Map<String, String> fragments) {
        String text = load(path);
        for (Map.Entry<String, String> fragment : fragments.entrySet()) {
            text = text.replace("{{" + fragment.getKey() + "}}", fragment.getValue());
        }
        if (text.contains("{{")) {
            throw new IllegalStateException("Unfilled placeholder in cypher/" + path + ".cypher: " + text);
        }
        return text;
    }

    private static String read(String path) {
        ClassPathResource resource = new ClassPathResource("cypher/" + path + ".cypher");
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Missing Cypher file cypher/" + path + ".cypher", e);
        }
    }
}
