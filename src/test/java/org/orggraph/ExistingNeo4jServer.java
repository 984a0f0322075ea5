package org.orggraph;

import java.nio.file.Path;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A plain Neo4j server on its own free Bolt port with authentication on, started without the app and without
 * APOC or GDS: what "an existing server" looks like to OrgGraph in remote mode.
 */
public record ExistingNeo4jServer(DatabaseManagementService managementService, int boltPort, String password)
        implements AutoCloseable {

    public static ExistingNeo4jServer start(Path dir, String password) {
        DatabaseManagementService dms = new DatabaseManagementServiceBuilder(dir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .build();
        dms.database("system").executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        int port = ((GraphDatabaseAPI) dms.database("neo4j")).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class).getLocalAddress(ConnectorType.BOLT).getPort();
        return new ExistingNeo4jServer(dms, port, password);
    }

    public GraphDatabaseService database() {
        return managementService.database("neo4j");
    }

    public String boltUri(String scheme) {
        return scheme + "://127.0.0.1:" + boltPort;
    }

    @Override
    public void close() {
        managementService.shutdown();
    }
}
