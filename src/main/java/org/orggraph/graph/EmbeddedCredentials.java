package org.orggraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bolt credentials of the embedded database. A configured password wins; otherwise the password
 * generated on first start is read back from {@code <data-dir>/credentials} (owner-only), so that a new
 * user never runs with Neo4j's well-known default.
 */
public record EmbeddedCredentials(String username, String password) {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedCredentials.class);
    public static final String USERNAME = "neo4j";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 24;
    private static final int MIN_LENGTH = 8;

    public EmbeddedCredentials {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("orggraph.embedded.password must have at least " + MIN_LENGTH
                    + " characters (Neo4j refuses shorter ones)");
        }
        if (password.equals("neo4j")) {
            throw new IllegalArgumentException("orggraph.embedded.password must not be Neo4j's default password");
        }
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[username=" + username + ", password=***]";
    }

    public static EmbeddedCredentials resolve(EmbeddedNeo4jProperties properties) {
        if (properties.password() != null && !properties.password().isBlank()) {
            return new EmbeddedCredentials(USERNAME, properties.password());
        }
        Path file = properties.credentialsFile();
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            EmbeddedCredentials generated = new EmbeddedCredentials(USERNAME, generatePassword());
            write(file, generated);
            log.warn("""

                    ================================================================
                    Generated the password of the embedded Neo4j (user '{}'):
                        {}
                    It is kept in {} (readable by you only).
                    Set orggraph.embedded.password to choose your own.
                    ================================================================""",
                    USERNAME, generated.password(), file.toAbsolutePath());
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the credentials file " + file.toAbsolutePath(), e);
        }
    }

    private static EmbeddedCredentials read(Path file) throws IOException {
        Properties props = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        }
        String password = props.getProperty("password");
        if (password == null) {
            throw new IllegalStateException(file.toAbsolutePath() + " has no 'password=' line; fix it or delete it "
                    + "(a new password is then generated, which only works on a new data dir)");
        }
        return new EmbeddedCredentials(props.getProperty("username", USERNAME), password);
    }

    private static void write(Path file, EmbeddedCredentials credentials) throws IOException {
        Files.createDirectories(file.getParent());
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(ownerOnly));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(tmp);
        }
        String content = "# Bolt credentials of OrgGraph's embedded Neo4j, generated on first start.\n"
                + "username=" + credentials.username() + "\npassword=" + credentials.password() + "\n";
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
