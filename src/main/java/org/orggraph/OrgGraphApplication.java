package org.orggraph;

import org.orggraph.cli.OrgGraphCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import picocli.CommandLine;

@SpringBootApplication
@ConfigurationPropertiesScan
public class OrgGraphApplication {

    /**
     * Runs the command the arguments name ({@link OrgGraphCommand}): by default {@code serve}, which starts the app
     * and leaves it running; every other command, help and usage errors end the process with their exit status.
     */
    public static void main(String[] args) {
        CommandLine cli = OrgGraphCommand.commandLine();
        int status = OrgGraphCommand.execute(cli, args);
        if (!OrgGraphCommand.serving(cli)) {
            System.exit(status);
        }
    }
}
