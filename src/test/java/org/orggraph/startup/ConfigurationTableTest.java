package org.orggraph.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * The configuration table of {@code docs/configuration.md} (the README links it) lists exactly the {@code orggraph.*} properties of the metadata the
 * configuration processor writes from the {@code @ConfigurationProperties} records, with their defaults and
 * descriptions, so that neither can drift. When this fails, its message is the table to paste.
 */
class ConfigurationTableTest {

    private static final String METADATA = "META-INF/spring-configuration-metadata.json";

    @Test
    void theConfigurationTableIsTheMetadata() throws IOException {
        String expected = String.join("\n", tableFromMetadata());
        String actual = String.join("\n", tableInDocs());

        assertThat(actual).as("docs/configuration.md, section Properties: replace the orggraph.* rows with\n%s\n", expected)
                .isEqualTo(expected);
    }

    /** One row per property: name, default (none when unset), description. */
    static List<String> tableFromMetadata() throws IOException {
        List<Map<String, Object>> properties;
        try (InputStream in = ConfigurationTableTest.class.getClassLoader().getResourceAsStream(METADATA)) {
            assertThat(in).as(METADATA + " (written by spring-boot-configuration-processor)").isNotNull();
            properties = JsonPath.parse(in).read("$.properties[?(@.name =~ /orggraph\\..*/)]");
        }
        return properties.stream()
                .map(p -> "| `" + p.get("name") + "` | "
                        + (p.containsKey("defaultValue") ? "`" + p.get("defaultValue") + "`" : "(none)") + " | "
                        + p.get("description") + " |")
                .sorted()
                .toList();
    }

    static List<String> tableInDocs() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs/configuration.md"));
        int start = lines.indexOf("## Properties");
        assertThat(start).as("docs/configuration.md has a section '## Properties'").isNotNegative();
        return lines.subList(start + 1, lines.size()).stream()
                .takeWhile(line -> !line.startsWith("## "))
                .filter(line -> line.startsWith("| `orggraph."))
                .toList();
    }
}
