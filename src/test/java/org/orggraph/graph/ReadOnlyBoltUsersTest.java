package org.orggraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.orggraph.cli.OrgGraphCommandTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.orggraph.OrgGraphTest;
import org.orggraph.cli.OrgGraphCommandTest.Run;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An analyst's Neo4j user, made with {@code user add NAME --role ANALYST --bolt}, reads the embedded database over
 * Bolt and can change nothing: no write, no file read, no export, no user administration. The app's own user still
 * writes. (Neo4j Community has no roles; {@link ReadOnlyBoltUsers} makes every user but the app's read-only.)
 */
@OrgGraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadOnlyBoltUsersTest {

    static final String NAME = "bolt.analyst";
    static final String PASSWORD = "analyst-bolt-password";
    static final QueryConfig SYSTEM = QueryConfig.builder().withDatabase("system").build();

    @Autowired
    EmbeddedNeo4j embedded;

    @Autowired
    EmbeddedNeo4jProperties properties;

    @Autowired
    Driver app;

    Driver analyst;

    @BeforeAll
    void addTheAnalystsBoltUser(@TempDir Path tmp) throws IOException {
        Path passwordFile = Files.writeString(tmp.resolve("pw"), PASSWORD + "\n");
        Run add = run("user", "add", NAME, "--role", "ANALYST", "--bolt", "--password-file", passwordFile.toString(),
                "--data-dir", properties.dataDir().toString(),
                "--orggraph.embedded.password=" + embedded.credentials().password());
        assertThat(add.status()).as(add.err()).isZero();
        assertThat(add.out()).contains("Neo4j user " + NAME + " (read-only)");
        analyst = GraphDatabase.driver(embedded.boltUri(), AuthTokens.basic(NAME, PASSWORD));
    }

    @AfterAll
    void close() {
        analyst.close();
    }

    @Test
    void theAnalystReadsTheGraph() {
        long cities = analyst.executableQuery("MATCH (c:City) RETURN count(c) AS n").execute()
                .records().get(0).get("n").asLong();

        assertThat(cities).isPositive();
    }

    @Test
    void everyWayToChangeTheGraphIsRefusedByNeo4j() {
        assertRefused("CREATE (:BoltProbe)");
        assertRefused("MATCH (c:City) SET c.boltProbe = 1");
        assertRefused("MATCH (c:City) DETACH DELETE c");
        assertRefused("CREATE INDEX bolt_probe IF NOT EXISTS FOR (n:BoltProbe) ON (n.x)");
        // A procedure that runs its statement in a transaction of its own, on another thread: it swallows the
        // refusal of its statement and answers no row; the count below shows nothing was written.
        try {
            analyst.executableQuery("CALL apoc.cypher.runTimeboxed('CREATE (:BoltProbe) RETURN 1', {}, 2000)")
                    .execute();
        } catch (ClientException refusedOutright) {
            // as good
        }
        assertRefused("CALL apoc.create.node(['BoltProbe'], {})");

        assertThat(count("MATCH (n:BoltProbe) RETURN count(n) AS n")).isZero();
        assertThat(count("MATCH (c:City) WHERE c.boltProbe IS NOT NULL RETURN count(c) AS n")).isZero();
    }

    @Test
    void filesAndExportsAreRefused() throws IOException {
        Files.writeString(properties.importDir().resolve("bolt-probe.csv"), "id\n1\n");

        assertRefused("LOAD CSV FROM 'file:///bolt-probe.csv' AS row RETURN row");
        assertRefused("CALL apoc.export.json.all(null, {stream: true})");
        assertRefused("CALL apoc.export.csv.all(null, {stream: true})");
        assertRefused("CALL apoc.load.json('file:///bolt-probe.csv')");
    }

    @Test
    void theAnalystAdministersNoUsers() {
        assertRefusedOnSystem("CREATE USER intruder SET PASSWORD 'intruder-password' CHANGE NOT REQUIRED");
        assertRefusedOnSystem("ALTER USER neo4j SET PASSWORD 'taken-over-password' CHANGE NOT REQUIRED");
        assertRefusedOnSystem("DROP USER neo4j");

        var users = app.executableQuery("SHOW USERS YIELD user RETURN collect(user) AS users").withConfig(SYSTEM)
                .execute().records().get(0).get("users").asList(org.neo4j.driver.Value::asString);
        assertThat(users).contains("neo4j", NAME).doesNotContain("intruder");
        // The app's own user still logs in with its password, and writes.
        app.executableQuery("CREATE (p:BoltProbe) DELETE p").execute();
    }

    @Test
    void removingTheUserEndsItsLogins() throws IOException {
        String name = "bolt.leaver";
        Path file = Files.createTempFile("pw", "");
        Files.writeString(file, PASSWORD + "\n");
        String[] database = {"--data-dir", properties.dataDir().toString(),
                "--orggraph.embedded.password=" + embedded.credentials().password()};
        assertThat(run(concat(new String[] {"user", "add", name, "--role", "ANALYST", "--bolt", "--password-file",
                file.toString()}, database)).status()).isZero();
        Files.delete(file);

        Run remove = run(concat(new String[] {"user", "remove", name, "--bolt"}, database));

        assertThat(remove.status()).as(remove.err()).isZero();
        assertThat(remove.out()).contains("Removed Neo4j user " + name);
        try (Driver leaver = GraphDatabase.driver(embedded.boltUri(), AuthTokens.basic(name, PASSWORD))) {
            assertThatThrownBy(leaver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void onlyAnalystsGetABoltUser() throws IOException {
        Path file = Files.createTempFile("pw", "");
        Files.writeString(file, PASSWORD + "\n");
        Run editor = run("user", "add", "bolt.editor", "--role", "EDITOR", "--bolt", "--password-file",
                file.toString(), "--data-dir", properties.dataDir().toString());
        Files.delete(file);

        assertThat(editor.status()).isEqualTo(org.orggraph.cli.OrgGraphCommand.USAGE);
        assertThat(editor.err()).contains("--role ANALYST");
    }

    private void assertRefused(String statement) {
        assertThatThrownBy(() -> analyst.executableQuery(statement).withParameters(Map.of()).execute())
                .as(statement).isInstanceOf(ClientException.class);
    }

    private void assertRefusedOnSystem(String statement) {
        assertThatThrownBy(() -> analyst.executableQuery(statement).withConfig(SYSTEM).execute())
                .as(statement).isInstanceOf(ClientException.class)
                .hasMessageNotContaining("Unsupported administration command");
    }

    private long count(String statement) {
        return app.executableQuery(statement).execute().records().get(0).get("n").asLong();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
