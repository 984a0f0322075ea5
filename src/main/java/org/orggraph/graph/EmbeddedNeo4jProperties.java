package org.orggraph.graph;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the in-process Neo4j is run. These names are a contract used by scripts and the README.
 *
 * @param enabled   false when {@code spring.neo4j.uri} points at an existing server: then nothing is embedded
 * @param dataDir   where the store, its logs and the generated credentials live
 * @param boltPort  Bolt on loopback; 0 picks a free port and the driver follows it
 * @param password  Bolt password of user {@code neo4j}; when absent one is generated once and kept in
 *                  {@code <data-dir>/credentials}
 * @param pageCache Neo4j page cache size, e.g. {@code 512m}
 */
@Validated
@ConfigurationProperties("orggraph.embedded")
public record EmbeddedNeo4jProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("./data") @NotNull Path dataDir,
        @DefaultValue("7687") @Min(0) @Max(65535) int boltPort,
        String password,
        @DefaultValue("512m") String pageCache) {

    public Path credentialsFile() {
        return dataDir.resolve("credentials");
    }

    /** The only folder LOAD CSV may read from. */
    public Path importDir() {
        return dataDir.toAbsolutePath().resolve("import");
    }
}
