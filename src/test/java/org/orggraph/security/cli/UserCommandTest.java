package org.orggraph.security.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.orggraph.cli.OrgGraphCommandTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orggraph.api.Role;
import org.orggraph.cli.OrgGraphCommand;
import org.orggraph.cli.OrgGraphCommandTest.Run;
import org.orggraph.security.UserFile;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * {@code java -jar orggraph.jar user add|list|remove}: users kept hashed in DATA-DIR/users (owner-only), the
 * password read from a file, never taken from the command line.
 */
class UserCommandTest {

    @TempDir
    Path dir;

    private Path passwordFile(String password) throws IOException {
        Path file = dir.resolve("pw-" + System.nanoTime());
        Files.writeString(file, password + "\n");
        return file;
    }

    @Test
    void addKeepsTheUserHashedOwnerOnlyAndListAndRemoveSeeIt() throws IOException {
        Path data = dir.resolve("data");
        Run add = run("user", "add", "li.ming", "--role", "planner", "--role", "EDITOR", "--password-file",
                passwordFile("correct horse battery").toString(), "--data-dir", data.toString());

        assertThat(add.status()).as(add.err()).isZero();
        assertThat(add.out()).contains("Added user li.ming (PLANNER, EDITOR)");
        Path users = data.resolve("users");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(users))).isEqualTo("rw-------");
        assertThat(Files.readString(users)).doesNotContain("correct horse battery").contains("{bcrypt}");
        UserFile.StoredUser stored = UserFile.in(data).find("li.ming").orElseThrow();
        assertThat(stored.roles()).isEqualTo(Set.of(Role.PLANNER, Role.EDITOR));
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder()
                .matches("correct horse battery", stored.passwordHash())).isTrue();

        Run list = run("user", "list", "--orggraph.embedded.data-dir", data.toString());
        assertThat(list.out()).contains("li.ming\tPLANNER,EDITOR").doesNotContain("bcrypt");

        assertThat(run("user", "remove", "li.ming", "--data-dir", data.toString()).status()).isZero();
        assertThat(UserFile.in(data).find("li.ming")).isEmpty();
        Run again = run("user", "remove", "li.ming", "--data-dir", data.toString());
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).contains("no user li.ming");
    }

    @Test
    void aShortPasswordAnUnknownRoleOrABadNameIsAUsageErrorAndWritesNothing() throws IOException {
        Path data = dir.resolve("data");
        Run shortPassword = run("user", "add", "wang", "--role", "VIEWER", "--password-file",
                passwordFile("short").toString(), "--data-dir", data.toString());
        Run unknownRole = run("user", "add", "wang", "--role", "BOSS", "--password-file",
                passwordFile("long enough password").toString(), "--data-dir", data.toString());
        Run badName = run("user", "add", "wang fang=x", "--role", "VIEWER", "--password-file",
                passwordFile("long enough password").toString(), "--data-dir", data.toString());
        Run noFile = run("user", "add", "wang", "--role", "VIEWER", "--data-dir", data.toString());

        assertThat(shortPassword.status()).isEqualTo(OrgGraphCommand.USAGE);
        assertThat(shortPassword.err()).contains("at least 8 characters");
        assertThat(unknownRole.status()).isEqualTo(OrgGraphCommand.USAGE);
        assertThat(unknownRole.err()).contains("BOSS");
        assertThat(badName.status()).isEqualTo(OrgGraphCommand.USAGE);
        assertThat(noFile.status()).isEqualTo(OrgGraphCommand.USAGE);
        assertThat(noFile.err()).contains("--password-file");
        assertThat(data.resolve("users")).doesNotExist();
    }

    @Test
    void theHelpShowsThatThePasswordComesFromAFile() {
        Run help = run("user", "add", "--help");

        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--password-file=FILE", "--role=ROLE", "NAME");
        assertThat(run("--help").out()).containsPattern("(?m)^  user  ");
    }
}
