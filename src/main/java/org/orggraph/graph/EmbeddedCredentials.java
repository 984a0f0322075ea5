package org.orggraph.graph;

import java.util.Map;

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
        CredentialsFile file = new CredentialsFile(properties.credentialsFile());
        var kept = file.get("password");
        if (kept.isPresent()) {
            return new EmbeddedCredentials(file.get("username").orElse(USERNAME), kept.get());
        }
        // Also when the file holds only the app's admin account: the password is set again at every start.
        EmbeddedCredentials generated = new EmbeddedCredentials(USERNAME, CredentialsFile.generateSecret());
        file.put(Map.of("username", generated.username(), "password", generated.password()));
        log.warn("""

                ================================================================
                Generated the password of the embedded Neo4j (user '{}'):
                    {}
                It is kept in {} (readable by you only).
                Set orggraph.embedded.password to choose your own.
                ================================================================""",
                USERNAME, generated.password(), file.path().toAbsolutePath());
        return generated;
    }
}
