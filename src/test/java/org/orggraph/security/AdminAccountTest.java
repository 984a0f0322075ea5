package org.orggraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.orggraph.graph.CredentialsFile;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The first administrator: generated on first start into DATA-DIR/credentials (owner-only, next to the Neo4j
 * password), printed once; read back on later starts; orggraph.admin.password wins and writes nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class AdminAccountTest {

    @TempDir
    Path dataDir;

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void onFirstStartAPasswordIsGeneratedKeptOwnerOnlyAndLoggedThatOnceOnly(CapturedOutput output) throws IOException {
        CredentialsFile file = new CredentialsFile(dataDir.resolve("credentials"));
        file.put(Map.of("username", "neo4j", "password", "the-bolt-password"));

        AdminAccount first = AdminAccount.resolve(new AdminProperties("admin", null), file, encoder);
        String password = file.get("admin.password").orElseThrow();
        int logged = output.getAll().split(password, -1).length - 1;
        AdminAccount second = AdminAccount.resolve(new AdminProperties("admin", null), file, encoder);

        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(encoder.matches(password, first.passwordHash())).isTrue();
        assertThat(encoder.matches(password, second.passwordHash())).isTrue();
        assertThat(logged).isEqualTo(1);
        assertThat(output.getAll().split(password, -1).length - 1).as("not logged again").isEqualTo(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path()))).isEqualTo("rw-------");
        assertThat(file.get("password")).as("the Neo4j password is kept").contains("the-bolt-password");
        assertThat(first.toString()).doesNotContain(password).doesNotContain(first.passwordHash());
    }

    @Test
    void aConfiguredPasswordWinsAndIsNeitherWrittenNorLogged(CapturedOutput output) {
        CredentialsFile file = new CredentialsFile(dataDir.resolve("credentials"));

        AdminAccount admin = AdminAccount.resolve(new AdminProperties("chief", "from-the-environment"), file, encoder);

        assertThat(admin.username()).isEqualTo("chief");
        assertThat(encoder.matches("from-the-environment", admin.passwordHash())).isTrue();
        assertThat(file.path()).doesNotExist();
        assertThat(output.getAll()).doesNotContain("from-the-environment");
        assertThat(new AdminProperties("chief", "from-the-environment").toString())
                .doesNotContain("from-the-environment");
    }

    @Test
    void againstANeo4jServerTheAppWritesNoFileAndWithoutAPasswordHasNoAdministrator() {
        CredentialsFile file = new CredentialsFile(dataDir.resolve("not-created").resolve("credentials"));

        assertThat(AdminAccount.resolve(new AdminProperties("admin", null), file, encoder, false)).isEmpty();
        assertThat(AdminAccount.resolve(new AdminProperties("admin", "from-the-environment"), file, encoder, false))
                .hasValueSatisfying(admin -> assertThat(encoder.matches("from-the-environment", admin.passwordHash()))
                        .isTrue());
        assertThat(dataDir.resolve("not-created")).doesNotExist();
    }
}
