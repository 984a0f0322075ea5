package org.orggraph;

import java.util.Arrays;

import org.orggraph.analytics.cli.CypherCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class OrgGraphApplication {

    /**
     * Starts the app; {@code cypher ...} as the first argument runs the analysts' read-only Cypher command instead
     * (see {@link CypherCommand}).
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(CypherCommand.NAME)) {
            String[] expanded = CommandLineAliases.expand(args);
            CypherCommand.main(Arrays.copyOfRange(expanded, 1, expanded.length));
            return;
        }
        SpringApplication.run(OrgGraphApplication.class, CommandLineAliases.expand(args));
    }
}
