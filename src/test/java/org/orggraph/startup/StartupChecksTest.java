package org.orggraph.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.io.layout.Neo4jLayout;
import org.orggraph.OrgGraphApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The app really started with what a user gets wrong: each start ends in a second or two, before the application
 * context is built and before anything is written, with Boot's failure screen and no stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupChecksTest {

    @TempDir
    Path dir;

    @Test
    void aTakenBoltPortStopsTheStartBeforeTheDataDirIsCreated(CapturedOutput output) throws Exception {
        assertTakenPortRefused(output, "orggraph.embedded.bolt-port", "(orggraph.embedded.bolt-port) is already in use");
    }

    @Test
    void aTakenHttpPortStopsTheStartBeforeTheDatabase(CapturedOutput output) throws Exception {
        assertTakenPortRefused(output, "server.port", "(server.port) is already in use");
    }

    private void assertTakenPortRefused(CapturedOutput output, String property, String description) throws Exception {
        Path dataDir = dir.resolve("data");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> start("--orggraph.embedded.data-dir=" + dataDir,
                    "--" + property + "=" + taken.getLocalPort()))
                    .isInstanceOf(StartupProblem.class);

            assertFailureScreen(output, taken.getLocalPort() + " (" + property + ")", description);
            assertFailureScreen(output, description, "--" + property + "=PORT");
        }
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void aStoreOpenInAnotherProcessIsReportedWithThatProcess(CapturedOutput output) throws Exception {
        Path dataDir = dir.resolve("data");
        Path lockFile = Neo4jLayout.of(dataDir).storeLockFile();
        try (OtherProcessLock other = OtherProcessLock.lock(lockFile, dir)) {
            assertThatThrownBy(() -> start("--orggraph.embedded.data-dir=" + dataDir))
                    .isInstanceOf(StartupProblem.class);

            assertFailureScreen(output, "The embedded database in " + dataDir + " is in use",
                    "Stop the other OrgGraph using this data dir");
        }
        try (Stream<Path> files = java.nio.file.Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("data");
        }
    }

    @Test
    void aWrongSampleDataValueNamesTheValidOnes(CapturedOutput output) {
        Path dataDir = dir.resolve("data");
        assertThatThrownBy(() -> start("--orggraph.embedded.data-dir=" + dataDir, "--orggraph.sample-data=foo"))
                .isInstanceOf(BindException.class);

        assertFailureScreen(output, "Property: orggraph.sample-data", "The following values are valid:");
        assertThat(output.getOut()).contains("HESHAN", "NONE");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void outOfRangeAndMalformedSettingsAreRefusedNamingWhatTheyMayBe(CapturedOutput output) {
        Path dataDir = dir.resolve("data");
        String[][] cases = {
                {"--orggraph.embedded.bolt-port=70000", "must be from 0 to 65535"},
                {"--orggraph.embedded.page-cache=lots", "optional unit k, m or g, e.g. 512m or 2g"},
                {"--orggraph.sample-scale=0", "must be greater than or equal to 1"},
        };
        for (String[] wrong : cases) {
            assertThatThrownBy(() -> start("--orggraph.embedded.data-dir=" + dataDir, wrong[0]))
                    .isInstanceOf(BindException.class);
            assertFailureScreen(output, wrong[1], "Update your application's configuration");
        }
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void aTooShortPasswordIsRefusedWithoutShowingIt(CapturedOutput output) {
        Path dataDir = dir.resolve("data");
        assertThatThrownBy(() -> start("--orggraph.embedded.data-dir=" + dataDir, "--orggraph.embedded.password=pw-1234"))
                .isInstanceOf(StartupProblem.class);

        assertFailureScreen(output, "orggraph.embedded.password has 7 characters; Neo4j needs at least 8",
                "--orggraph.embedded.password=PASSWORD");
        assertThat(output.getOut()).doesNotContain("pw-1234");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void aRemoteNeo4jNobodyAnswersAtIsReportedBeforeTheContextIsBuilt(CapturedOutput output) throws Exception {
        int closed;
        try (ServerSocket once = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = once.getLocalPort();
        }
        assertThatThrownBy(() -> start("--orggraph.embedded.enabled=false",
                "--spring.neo4j.uri=bolt://127.0.0.1:" + closed, "--spring.neo4j.authentication.password=secret-pw-99"))
                .isInstanceOf(StartupProblem.class);

        assertFailureScreen(output, "Cannot reach Neo4j at bolt://127.0.0.1:" + closed, "--spring.neo4j.uri=bolt://HOST:PORT");
        assertThat(output.getOut()).doesNotContain("secret-pw-99").doesNotContain("Tomcat started");
    }

    private static void start(String... args) {
        // Random ports unless a test names its own (a property given twice would be bound as a list).
        String[] all = Stream.concat(Stream.of("--server.port=0", "--orggraph.embedded.bolt-port=0")
                        .filter(d -> Stream.of(args).noneMatch(a -> a.startsWith(d.substring(0, d.indexOf('=') + 1)))),
                Stream.of(args)).toArray(String[]::new);
        SpringApplication.run(OrgGraphApplication.class, all).close();
    }

    private static void assertFailureScreen(CapturedOutput output, String description, String action) {
        String out = output.getOut();
        assertThat(out).contains("APPLICATION FAILED TO START", "Description:", description, "Action:", action);
        assertThat(out).as("no stack trace without --debug").doesNotContain("\tat ");
    }
}
