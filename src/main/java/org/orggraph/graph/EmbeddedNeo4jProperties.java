package org.orggraph.graph;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the in-process Neo4j is run. These names are a contract used by scripts and the README, whose configuration
 * table is checked against the metadata the configuration processor writes from the parameters below.
 *
 * @param enabled   Run Neo4j in-process; false to use the server at spring.neo4j.uri instead.
 * @param dataDir   Folder of the store, Neo4j's logs and the generated credentials.
 * @param boltPort  Bolt port on 127.0.0.1, 0 to 65535; 0 picks a free port.
 * @param password  Bolt password of user neo4j, at least 8 characters; when unset one is generated on first start
 *                  and kept in DATA-DIR/credentials.
 * @param pageCache Neo4j page cache size (off-heap, taken as the store is read): a number of bytes with an optional
 *                  unit k, m or g, e.g. 512m or 2g. The store is about 25 MB at scale 1 and grows with the scale;
 *                  the default holds it whole up to scale 10.
 * @param readPath  How the API's reads reach the embedded database: in-process (a read-only transaction opened on
 *                  it directly) or bolt (through the driver over Bolt on 127.0.0.1, as in remote mode).
 * @param writePath How imports and bulk loads (the reference data) write to the embedded database: in-process (their
 *                  transactions opened on it directly) or bolt (through the driver over Bolt on 127.0.0.1, as in
 *                  remote mode). An import command that finds the app running writes over Bolt to it either way.
 */
@Validated
@ConfigurationProperties("orggraph.embedded")
public record EmbeddedNeo4jProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("./data") @NotNull Path dataDir,
        @DefaultValue("7687") @Min(value = 0, message = PORT_RANGE) @Max(value = 65535, message = PORT_RANGE) int boltPort,
        @Size(min = 8, message = "must have at least 8 characters (Neo4j refuses shorter ones)") String password,
        @DefaultValue("256m") @NotNull
        @Pattern(regexp = "[0-9]+[kKmMgG]?", message = "must be a number of bytes with an optional unit k, m or g,"
                + " e.g. 512m or 2g") String pageCache,
        @DefaultValue("in-process") @NotNull Access readPath,
        @DefaultValue("in-process") @NotNull Access writePath) {

    /** How reads or writes reach the embedded database (orggraph.embedded.read-path and write-path). */
    public enum Access {
        /** A transaction of the embedded database itself, in this process (read-only for the API's reads). */
        IN_PROCESS,
        /** The driver over Bolt on loopback, the path of remote mode. */
        BOLT
    }

    static final String PORT_RANGE = "must be from 0 to 65535 (0 picks a free port)";

    public Path credentialsFile() {
        return dataDir.resolve("credentials");
    }

    /** The Bolt port of the running embedded database, written at each start (for commands run next to it). */
    public java.nio.file.Path boltPortFile() {
        return dataDir.resolve("bolt-port");
    }

    /** The only folder LOAD CSV may read from. */
    public Path importDir() {
        return dataDir.toAbsolutePath().resolve("import");
    }
}
