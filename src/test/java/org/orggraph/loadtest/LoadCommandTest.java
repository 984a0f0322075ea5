package org.orggraph.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.orggraph.FixtureRemoval;
import org.orggraph.alliance.LinkProjection;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.GraphQlTesters.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The {@code load} command against the app: four clients for a few seconds of mixed reads and writes, with no error
 * and no lost write, and a report with the percentiles of each kind of request. Searches and lists only: the
 * cookbook's heaviest analyses (links across all alliances) were seen to pass the 30 s read timeout on a starved
 * build machine, and have tests of their own. What the load created is removed after, so that the Heshan figures
 * other tests check stay as they are.
 */
@OrgGraphTest
class LoadCommandTest {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    LinkProjection links;

    @TempDir
    Path dir;

    @Test
    void fourClientsForAFewSecondsHaveNoErrorAndLoseNoWrite() throws Exception {
        Path password = dir.resolve("password");
        Files.writeString(password, TestUser.TEST_ADMIN.password() + "\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = new LoadCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run("--url", "http://localhost:" + port,
                "--user", TestUser.TEST_ADMIN.username(), "--password-file", password.toString(),
                "--clients", "4", "--duration", "4", "--reads", "search,list");

        String report = out.toString(StandardCharsets.UTF_8);
        System.out.println(report);
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(report).contains("errors: 0").contains("lost writes: 0")
                .containsPattern("(?m)^create_person +[1-9]\\d* +0 ").containsPattern("(?m)^read_back +[1-9]\\d* +0 ")
                .containsPattern("(?m)^search +[1-9]").containsPattern("(?m)^list +[1-9]");
        long created = driver.executableQuery("MATCH (p:Person) WHERE p.name STARTS WITH $prefix RETURN count(p) AS n")
                .withParameters(Map.of("prefix", LoadRun.NAME_PREFIX)).execute().records().get(0).get("n").asLong();
        assertThat(report).contains("(" + created + " people created");
    }

    @AfterEach
    void removeWhatTheLoadCreated() {
        new FixtureRemoval(driver, links).delete("""
                MATCH (p:Person) WHERE p.name STARTS WITH $prefix
                OPTIONAL MATCH (e:ChangeEvent)-[:CHANGED|INTO]->(p)
                UNWIND [p, e] AS n
                RETURN n""", Map.of("prefix", LoadRun.NAME_PREFIX));
    }
}
