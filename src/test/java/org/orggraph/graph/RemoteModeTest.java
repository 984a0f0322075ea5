package org.orggraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.orggraph.OrgGraphApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With {@code spring.neo4j.uri} set and embedding off, the app embeds nothing and serves from that server. The
 * "existing server" here is a second Neo4j on its own port, started without the app.
 */
class RemoteModeTest {

    static final String PASSWORD = "remote-secret-42";

    @TempDir
    static Path serverDir;

    static DatabaseManagementService server;
    static int serverPort;

    @BeforeAll
    static void startAnExistingServer() {
        server = new DatabaseManagementServiceBuilder(serverDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .build();
        GraphDatabaseService db = server.database("neo4j");
        server.database("system").executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", PASSWORD));
        db.executeTransactionally("CREATE (:Community {id: 'community:remote', name: '远端社区'})");
        serverPort = ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
    }

    @AfterAll
    static void stopServer() {
        server.shutdown();
    }

    @Test
    void theAppEmbedsNothingAndReadsAndMigratesTheConfiguredServer() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(OrgGraphApplication.class).run(
                "--server.port=0",
                "--orggraph.embedded.enabled=false",
                "--orggraph.embedded.data-dir=" + serverDir.resolve("must-not-be-created"),
                "--orggraph.sample-data=none",
                "--spring.neo4j.uri=neo4j://127.0.0.1:" + serverPort,
                "--spring.neo4j.authentication.username=neo4j",
                "--spring.neo4j.authentication.password=" + PASSWORD)) {

            assertThat(app.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
            assertThat(serverDir.resolve("must-not-be-created")).doesNotExist();

            Driver driver = app.getBean(Driver.class);
            String name = driver.executableQuery("MATCH (c:Community {id: 'community:remote'}) RETURN c.name AS name")
                    .execute().records().get(0).get("name").asString();
            assertThat(name).isEqualTo("远端社区");

            assertThat(app.getBean(SchemaVersion.class).value()).isNotEqualTo("none");
            long constraints = server.database("neo4j").executeTransactionally(
                    "SHOW CONSTRAINTS YIELD name WHERE name = 'community_id' RETURN count(*) AS n", Map.of(),
                    r -> (Long) r.next().get("n"));
            assertThat(constraints).isEqualTo(1);
        }
    }
}
