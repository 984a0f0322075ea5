package org.orggraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.orggraph.ExistingNeo4jServer;
import org.orggraph.OrgGraphApplication;
import org.orggraph.startup.StartupProblem;
import org.orggraph.startup.StartupProgress;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With {@code spring.neo4j.uri} set and embedding off, the app embeds nothing and serves from that server. The
 * "existing server" here is a second Neo4j on its own port, started without the app.
 */
@ExtendWith(OutputCaptureExtension.class)
class RemoteModeTest {

    static final String PASSWORD = "remote-secret-42";

    @TempDir
    static Path serverDir;

    static ExistingNeo4jServer server;

    @BeforeAll
    static void startAnExistingServer() {
        server = ExistingNeo4jServer.start(serverDir, PASSWORD);
        server.database().executeTransactionally("CREATE (:Community {id: 'community:remote', name: '远端社区'})");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void aWrongPasswordEndsTheStartBeforeTheContextWithoutShowingThePassword(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(OrgGraphApplication.class).run("--server.port=0",
                "--orggraph.embedded.enabled=false", "--spring.neo4j.uri=" + server.boltUri("bolt"),
                "--spring.neo4j.authentication.password=not-the-password-7")).isInstanceOf(StartupProblem.class);

        assertThat(output.getOut()).contains("APPLICATION FAILED TO START",
                "Neo4j at " + server.boltUri("bolt") + " refused user 'neo4j'", "--spring.neo4j.authentication.password=")
                .doesNotContain("not-the-password-7").doesNotContain("Tomcat started");
    }

    @Test
    void theAppEmbedsNothingAndReadsAndMigratesTheConfiguredServer(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(OrgGraphApplication.class).run(
                "--server.port=0",
                "--orggraph.embedded.enabled=false",
                "--orggraph.embedded.data-dir=" + serverDir.resolve("must-not-be-created"),
                "--orggraph.sample-data=none",
                "--spring.neo4j.uri=" + server.boltUri("neo4j"),
                "--spring.neo4j.authentication.username=neo4j",
                "--spring.neo4j.authentication.password=" + PASSWORD)) {
            // The web server is up; the database phases follow it.
            assertThat(app.getBean(StartupProgress.class).awaitOutcome(Duration.ofMinutes(5)).ready()).isTrue();
            assertThat(output.getOut()).contains("Start-up 1/5 database", "Neo4j at " + server.boltUri("neo4j"),
                    "Start-up 2/5 procedures", "Start-up 3/5 migrations", "Start-up 4/5 reference data",
                    "none (orggraph.sample-data=none)", "Start-up 5/5 warm-up", "OrgGraph is ready");

            assertThat(app.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
            assertThat(serverDir.resolve("must-not-be-created")).doesNotExist();

            Driver driver = app.getBean(Driver.class);
            String name = driver.executableQuery("MATCH (c:Community {id: 'community:remote'}) RETURN c.name AS name")
                    .execute().records().get(0).get("name").asString();
            assertThat(name).isEqualTo("远端社区");

            assertThat(app.getBean(SchemaMigrations.class).applied()).hasValueSatisfying(
                    version -> assertThat(version.value()).isNotEqualTo("none"));
            long constraints = server.database().executeTransactionally(
                    "SHOW CONSTRAINTS YIELD name WHERE name = 'community_id' RETURN count(*) AS n", Map.of(),
                    r -> (Long) r.next().get("n"));
            assertThat(constraints).isEqualTo(1);
        }
    }
}
