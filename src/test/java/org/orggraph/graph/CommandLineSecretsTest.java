package org.orggraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A password given on the command line anyway never reaches Neo4j's debug.log through sun.java.command. */
class CommandLineSecretsTest {

    @Test
    void theValuesOfPasswordAndSecretArgumentsAreRedactedTheRestKept() {
        String command = "target/orggraph.jar serve --orggraph.embedded.password=bolt-secret-1 --server.port=9090"
                + " --orggraph.admin.password=admin-secret-2 -Dspring.security.oauth2.client.secret=s3 --scale 2";

        String redacted = CommandLineSecrets.redact(command);

        assertThat(redacted).doesNotContain("bolt-secret-1", "admin-secret-2", "=s3")
                .contains("--orggraph.embedded.password=***", "--server.port=9090", "--scale 2", "target/orggraph.jar");
        assertThat(CommandLineSecrets.redact("serve --server.port=8080")).isEqualTo("serve --server.port=8080");
    }
}
