package org.orggraph.graph;

import java.net.URI;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * The running in-process database: its management service, the default database and where Bolt listens.
 */
public record EmbeddedNeo4j(DatabaseManagementService managementService, GraphDatabaseService database,
        int boltPort, EmbeddedCredentials credentials) implements AutoCloseable {

    /** Called by Spring after the driver and everything using it are closed. */
    @Override
    public void close() {
        managementService.shutdown();
    }

    public URI boltUri() {
        return URI.create("bolt://127.0.0.1:" + boltPort);
    }
}
