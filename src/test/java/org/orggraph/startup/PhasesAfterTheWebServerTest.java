package org.orggraph.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.orggraph.cli.OrgGraphCommand;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The database starts after the web server is up, so its failures come after the port is open: they must still end
 * the start the way a failure in the context does, with the failure screen and exit status 1 of {@code serve}.
 */
@ExtendWith(OutputCaptureExtension.class)
class PhasesAfterTheWebServerTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseThatCannotStartAfterTheWebServerIsUpEndsServeWithTheFailureScreen(CapturedOutput output)
            throws Exception {
        Path dataDir = dir.resolve("data-dir");
        Files.createDirectories(dataDir);
        // Where Neo4j keeps its databases there is a file: nothing the checks before the start look at.
        Files.writeString(dataDir.resolve("data"), "not a folder");

        int status = OrgGraphCommand.execute(OrgGraphCommand.commandLine(), new String[] {"--server.port=0",
                "--orggraph.embedded.bolt-port=0", "--orggraph.embedded.data-dir=" + dataDir,
                "--orggraph.embedded.password=a-long-enough-password", "--orggraph.sample-data=none"});

        assertThat(status).isEqualTo(1);
        String out = output.getOut();
        assertThat(out).contains("Tomcat started on port", "APPLICATION FAILED TO START",
                "The start failed in phase 'database', after the web server was up", "Action:",
                "DATA-DIR/logs/debug.log");
        assertThat(out.indexOf("Tomcat started on port")).isLessThan(out.indexOf("APPLICATION FAILED TO START"));
        assertThat(out).as("no stack trace without --debug").doesNotContain("\tat ");
    }
}
