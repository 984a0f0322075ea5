package org.orggraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedCredentialsTest {

    @TempDir
    Path dataDir;

    @Test
    void withoutAConfiguredPasswordAStrongOneIsGeneratedOnceAndKeptOwnerOnly() throws IOException {
        var first = EmbeddedCredentials.resolve(properties(null));
        var second = EmbeddedCredentials.resolve(properties(null));

        assertThat(first.password()).hasSizeGreaterThanOrEqualTo(20).isNotEqualTo("neo4j");
        assertThat(second).isEqualTo(first);
        Path file = dataDir.resolve("credentials");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).contains("password=" + first.password());
    }

    @Test
    void aConfiguredPasswordWinsAndWritesNoFile() {
        var credentials = EmbeddedCredentials.resolve(properties("my-own-secret"));

        assertThat(credentials.password()).isEqualTo("my-own-secret");
        assertThat(dataDir.resolve("credentials")).doesNotExist();
        assertThat(credentials.toString()).doesNotContain("my-own-secret");
    }

    @Test
    void aTooShortOrDefaultPasswordIsRefusedWithItsPropertyName() {
        assertThatThrownBy(() -> EmbeddedCredentials.resolve(properties("short")))
                .hasMessageContaining("orggraph.embedded.password");
        assertThatThrownBy(() -> new EmbeddedCredentials("neo4j", "neo4j"))
                .hasMessageContaining("orggraph.embedded.password");
    }

    private EmbeddedNeo4jProperties properties(String password) {
        return new EmbeddedNeo4jProperties(true, dataDir, 0, password, "64m",
                EmbeddedNeo4jProperties.Access.IN_PROCESS,
                        EmbeddedNeo4jProperties.Access.IN_PROCESS);
    }
}
