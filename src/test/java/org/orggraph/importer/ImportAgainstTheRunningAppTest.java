package org.orggraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.orggraph.OrgGraphTest;
import org.orggraph.graph.EmbeddedNeo4jProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

/**
 * The import next to the running app (the shared test context): over HTTP, and from the command line while the app
 * holds the store (over Bolt). Only dry runs and rejected files: the shared Heshan data must stay as it is.
 */
@OrgGraphTest
class ImportAgainstTheRunningAppTest {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedNeo4jProperties embedded;

    @Autowired
    Driver driver;

    @TempDir
    Path dir;

    private long people() {
        return driver.executableQuery("MATCH (p:Person) RETURN count(p)").execute().records().get(0).get(0).asLong();
    }

    private RestClient.ResponseSpec upload(String name, String content, boolean dryRun) {
        return ImportUploads.upload(port, name, content, dryRun);
    }

    @Test
    void aDryRunUploadAnswersTheReportAsJsonAndWritesNothing() {
        long before = people();

        String report = upload("人员.csv", "编号,姓名,党员\nupload:person:1,曾小贤,是\n", true).body(String.class);

        assertThat(report).contains("\"dryRun\":true", "\"applied\":false", "\"Person\":{\"created\":1,\"updated\":0,"
                + "\"unchanged\":0}");
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void anUploadWithRejectedRowsIs422WithEveryRowAndWritesNothing() {
        long before = people();

        var response = upload("Person.csv", "id,name,birthYear\nupload:person:1,,1980\nupload:person:2,李四,old\n",
                false).onStatus(s -> true, (req, res) -> { }).toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody()).contains("\"line\":2", "\"column\":\"name\"", "\"code\":\"import.cell.required\"",
                "\"line\":3", "\"column\":\"birthYear\"", "\"code\":\"import.cell.integer\"");
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void theImportCommandTalksToTheRunningAppOverBoltWhenItHoldsTheStore() throws Exception {
        Path file = Files.writeString(dir.resolve("Unit.csv"), "id,name,kind\nunit:0001,改名单位,AGENCY\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = new ImportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(file.toString(), "--dry-run",
                "--orggraph.embedded.data-dir=" + embedded.dataDir(),
                // the test app has a configured password (application-test.yml), so no credentials file
                "--orggraph.embedded.password=" + embedded.password());

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("in use by a running OrgGraph: connecting to it at bolt://");
        assertThat(status).isZero();
        // unit:0001 is a Heshan unit: the dry run over Bolt saw the shared database
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Dry run: 1 rows read").containsPattern(
                "Unit\\s+0\\s+1\\s+0");
    }
}
