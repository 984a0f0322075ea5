package org.orggraph.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.orggraph.OrgGraphApplication;
import org.orggraph.OrgGraphTest;
import org.orggraph.analytics.AnalysisLibrary;
import org.orggraph.graph.EmbeddedNeo4j;
import org.orggraph.graph.EmbeddedNeo4jProperties;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar orggraph.jar cypher …} as an analyst uses it against a running OrgGraph (here: the test app's
 * Bolt port, passed the way the README says), and against an embedded database of its own.
 */
@OrgGraphTest
class CypherCommandTest {

    static final String PASSWORD = "test-password-0123";

    @Autowired
    EmbeddedNeo4j embedded;

    @Autowired
    EmbeddedNeo4jProperties embeddedProperties;

    @Autowired
    Driver driver;

    @TempDir
    Path tmp;

    record Run(int status, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    Run cypher(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--spring.neo4j.uri=" + embedded.boltUri(),
                "--spring.neo4j.authentication.password=" + PASSWORD, "--orggraph.embedded.enabled=false"));
        return run(all.toArray(String[]::new));
    }

    static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = new CypherCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void csvPrintsAHeaderLineThenBareValues() {
        Run run = cypher("-e", "MATCH (a:Alliance) RETURN a.id AS id, a.name AS name, a.urbanRegional AS urban"
                + " ORDER BY id", "--format", "csv");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.lines()).hasSize(19);
        assertThat(run.lines().get(0)).isEqualTo("id,name,urban");
        assertThat(run.lines().get(1)).isEqualTo("alliance:01," + allianceName("alliance:01") + ",true");
    }

    @Test
    void jsonPrintsAnArrayOfObjectsAndTableAlignedColumns() {
        Run json = cypher("-e", "MATCH (a:Alliance) RETURN a.id AS id, a.founded AS founded ORDER BY id",
                "--format=json");
        List<?> rows = JsonMapper.builder().build().readValue(json.out(), List.class);
        assertThat(rows).hasSize(18);
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) rows.get(0);
        assertThat(first).containsEntry("id", "alliance:01").containsKey("founded");

        Run table = cypher("-e", "MATCH (a:Alliance {id: 'alliance:01'}) RETURN a.id AS id, a.name AS name");
        assertThat(table.out()).contains("| id          | name").contains("| alliance:01 | " + allianceName("alliance:01"))
                .contains("1 row");
    }

    @Test
    void anAnalysisFileRunsWithItsDefaultsOrWithParameters() {
        Path file = Path.of("cypher/analysis/09-three-lists-funnel.cypher");

        Run defaults = cypher(file.toString(), "--format", "csv");
        Run since2020 = cypher(file.toString(), "--format", "csv", "--param", "since=2020-01-01");

        assertThat(defaults.status()).as(defaults.err()).isZero();
        assertThat(defaults.lines()).hasSize(19).first().asString().startsWith("allianceId,alliance,needsRaised");
        assertThat(since2020.status()).as(since2020.err()).isZero();
        assertThat(since2020.out()).isNotEqualTo(defaults.out());
    }

    @Test
    void everyAnalysisFileRunsThroughTheCommandWithoutParametersAndLeavesNoGdsGraphBehind() throws IOException {
        List<AnalysisLibrary> files = AnalysisLibrary.files();
        Path all = tmp.resolve("all.cypher");
        Files.writeString(all, String.join("\n", files.stream().map(AnalysisLibrary::text).toList()));

        Run run = cypher(all.toString(), "--format", "json");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().lines().filter(line -> line.startsWith("[")).count()).isEqualTo(files.size());
        assertThat(driver.executableQuery("CALL gds.graph.list() YIELD graphName"
                + " WHERE graphName STARTS WITH 'orggraph-' RETURN count(*) AS n").execute().records().get(0)
                .get("n").asLong()).isZero();
    }

    @Test
    void writesAreRefusedWithAClearMessageAndChangeNothing() {
        for (String write : List.of("CREATE (:Alliance {id: 'alliance:99'})", "MATCH (a:Alliance) SET a.hacked = true",
                "CALL apoc.create.node(['Alliance'], {id: 'alliance:98'})", "CREATE INDEX hacked FOR (n:Unit) ON (n.x)",
                "MATCH (a:Alliance) RETURN a.id; MATCH (a:Alliance) DETACH DELETE a")) {
            Run run = cypher("-e", write);

            assertThat(run.status()).as(write).isEqualTo(CypherCommand.FAILED);
            assertThat(run.err()).as(write).contains("Refused").contains("read-only");
            assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
        }
        long hacked = driver.executableQuery("MATCH (a:Alliance) WHERE a.hacked OR a.id IN ['alliance:99', 'alliance:98']"
                + " RETURN count(a) AS n").execute().records().get(0).get("n").asLong();
        assertThat(hacked).isZero();
        assertThat(driver.executableQuery("MATCH (a:Alliance) RETURN count(a) AS n").execute().records().get(0)
                .get("n").asLong()).isEqualTo(18);
    }

    @Test
    void badInputGetsOneClearMessageAndANonZeroStatus() {
        assertFails(cypher("no-such-file.cypher"), CypherCommand.USAGE, "no such file");
        assertFails(cypher("-e", "MATCH (a:Alliance RETURN a"), CypherCommand.FAILED, "Invalid input");
        assertFails(cypher("-e", "RETURN 1", "--param", "oops"), CypherCommand.USAGE, "expected name=value");
        assertFails(cypher("-e", "RETURN 1", "--param", "x=[1,"), CypherCommand.USAGE, "not valid JSON");
        assertFails(cypher("-e", "RETURN 1", "--format", "xml"), CypherCommand.USAGE, "use table, csv or json");
        assertFails(cypher("-e", "RETURN 1", "--timeout", "soon"), CypherCommand.USAGE, "--timeout");
        assertFails(cypher("-e", "RETURN 1", "--limit", "0"), CypherCommand.USAGE, "--limit");
        assertFails(cypher(), CypherCommand.USAGE, "give a file to run or -e QUERY");
        assertFails(cypher("-e", "// just a comment"), CypherCommand.FAILED, "no Cypher statement");
        assertFails(run("-e", "RETURN 1", "--spring.neo4j.uri=" + embedded.boltUri(),
                "--spring.neo4j.authentication.password=wrong-password", "--orggraph.embedded.enabled=false"),
                CypherCommand.FAILED, "refused the credentials");
    }

    @Test
    void theRowLimitAndTheTimeoutStopAStatement() {
        Run limited = cypher("-e", "UNWIND range(1, 50) AS x RETURN x", "--limit", "10", "--format", "csv");
        assertThat(limited.status()).isZero();
        assertThat(limited.lines()).hasSize(11);
        assertThat(limited.err()).contains("stopped after 10 rows");

        assertFails(cypher("-e", "CALL apoc.util.sleep(60000) RETURN 1 AS done", "--timeout", "1s"),
                CypherCommand.FAILED, "timeout");
    }

    @Test
    void apocAndGdsAnswer() {
        Run apoc = cypher("-e", "CALL apoc.help('path') YIELD name RETURN count(name) AS n", "--format", "csv");
        assertThat(apoc.lines().get(1)).matches("[1-9]\\d*");

        Run pageRank = cypher("-e", """
                MATCH (u:Unit)-[:IN_ALLIANCE]->(:Alliance {id: 'alliance:06'})
                OPTIONAL MATCH (u)<-[:ORGANIZED_BY]-(:Activity)-[:ORGANIZED_BY]->(v:Unit)-[:IN_ALLIANCE]->(:Alliance {id: 'alliance:06'})
                WITH gds.graph.project('pr-test-' + randomUUID(), u, v) AS g
                CALL gds.pageRank.stream(g.graphName) YIELD nodeId, score
                WITH g.graphName AS name, collect(score) AS scores
                CALL gds.graph.drop(name) YIELD graphName
                RETURN size(scores) AS units""", "--format", "csv");
        assertThat(pageRank.status()).as(pageRank.err()).isZero();
        assertThat(pageRank.lines()).containsExactly("units", "40");
    }

    @Test
    void aRunningOrgGraphsEmbeddedStoreIsReachedOverBoltWithItsCredentials() {
        Run run = run("-e", "MATCH (c:City {id: 'city:heshan'}) RETURN c.name AS name", "--format", "csv",
                "--orggraph.embedded.data-dir=" + embeddedProperties.dataDir(),
                "--orggraph.embedded.bolt-port=0", "--orggraph.embedded.password=" + PASSWORD);

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("in use by a running OrgGraph: connecting to it at bolt://127.0.0.1:");
        assertThat(run.lines()).containsExactly("name", "鹤山市");
    }

    @Test
    void withoutAUriTheCommandOpensAnEmbeddedDatabaseWithTheProceduresAndLoadsNoData() {
        Run run = run("-e", "MATCH (n) WHERE NOT n:__Neo4jMigration WITH count(n) AS nodes RETURN nodes, gds.version() AS gds",
                "--format", "csv", "--orggraph.embedded.data-dir=" + tmp.resolve("data"),
                "--orggraph.embedded.bolt-port=0", "--orggraph.embedded.password=" + PASSWORD);

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.lines()).containsExactly("nodes,gds", "0,2.13.9");
    }

    @Test
    void theJarsMainDispatchesCypherAndKeepsStdoutForResults() throws IOException, InterruptedException {
        Path out = tmp.resolve("out.csv");
        Path err = tmp.resolve("err.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), OrgGraphApplication.class.getName(), "cypher",
                "-e", "MATCH (a:Alliance {urbanRegional: true}) RETURN a.id AS id ORDER BY id", "--format", "csv",
                "--spring.neo4j.uri=" + embedded.boltUri(), "--spring.neo4j.authentication.password=" + PASSWORD,
                "--orggraph.embedded.enabled=false"));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(Files.readString(err)).isZero();
        assertThat(Files.readAllLines(out)).containsExactly("id", "alliance:01", "alliance:02", "alliance:03",
                "alliance:04", "alliance:05");

        command.set(command.indexOf("-e") + 1, "MATCH (a:Alliance) DELETE a");
        process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).isEqualTo(CypherCommand.FAILED);
        assertThat(Files.readString(err)).contains("Refused").doesNotContain("\tat ");
    }

    private String allianceName(String id) {
        return driver.executableQuery("MATCH (a:Alliance {id: $id}) RETURN a.name AS name")
                .withParameters(Map.of("id", id)).execute().records().get(0).get("name").asString();
    }

    private static void assertFails(Run run, int status, String message) {
        assertThat(run.status()).as(run.err()).isEqualTo(status);
        assertThat(run.err()).contains(message).doesNotContain("\tat ");
    }
}
