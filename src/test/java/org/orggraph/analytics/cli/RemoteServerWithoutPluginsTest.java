package org.orggraph.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orggraph.ExistingNeo4jServer;
import org.neo4j.dbms.api.DatabaseManagementService;

/**
 * Against a Neo4j server without the APOC and GDS plugins, the analyses that need them say so by name, and the
 * others run. The "server" is a plain Neo4j on its own port, started without the app.
 */
class RemoteServerWithoutPluginsTest {

    static final String PASSWORD = "plain-server-42";

    @TempDir
    static Path serverDir;

    static ExistingNeo4jServer server;
    static int port;

    @BeforeAll
    static void startAPlainServer() {
        server = ExistingNeo4jServer.start(serverDir, PASSWORD);
        server.database().executeTransactionally("CREATE (:Alliance {id: 'alliance:01', name: '一号共同体'})");
        port = server.boltPort();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void anAnalysisNeedingGdsNamesGraphDataScienceAndHowToInstallIt() {
        String[] result = cypher("cypher/analysis/07-centrality-in-alliance.cypher");

        assertThat(result[0]).isEqualTo(String.valueOf(CypherCommand.FAILED));
        assertThat(result[2]).contains("Graph Data Science").contains("dbms.security.procedures.unrestricted")
                .doesNotContain("\tat ");
    }

    @Test
    void anAnalysisNeedingApocNamesApoc() {
        String[] result = cypher("cypher/analysis/13-organization-neighbourhood.cypher");

        assertThat(result[0]).isEqualTo(String.valueOf(CypherCommand.FAILED));
        assertThat(result[2]).contains("APOC core");
    }

    @Test
    void plainCypherAnalysesRunOnAnyServer() {
        String[] result = cypher("cypher/analysis/09-three-lists-funnel.cypher", "--format", "csv");

        assertThat(result[0]).as(result[2]).isEqualTo(String.valueOf(CypherCommand.OK));
        assertThat(result[1].lines().toList()).containsExactly(
                "allianceId,alliance,needsRaised,needsMatched,needsDone,matchRate,resourcesOffered,resourcesUsed,"
                        + "projectsClaimed,projectsDone",
                "alliance:01,一号共同体,0,0,0,,0,0,0,0");
    }

    /** status, stdout, stderr */
    private static String[] cypher(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 3];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--spring.neo4j.uri=bolt://127.0.0.1:" + port;
        all[args.length + 1] = "--spring.neo4j.authentication.password=" + PASSWORD;
        all[args.length + 2] = "--orggraph.embedded.enabled=false";
        int status = new CypherCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(all);
        return new String[] {String.valueOf(status), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)};
    }
}
