package org.orggraph.security;

import java.util.Map;
import java.util.Optional;

import org.orggraph.graph.CredentialsFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The administrator that exists from the first start on, so that a new installation is never open: its password
 * is {@code orggraph.admin.password} when set (for scripts), else the one generated on first start and kept in
 * {@code <data-dir>/credentials} (owner-only) as {@code admin.password}, printed in the log that one time only.
 *
 * @param username     the account's name
 * @param passwordHash the password's hash; the password itself is not kept in memory
 */
record AdminAccount(String username, String passwordHash) {

    private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);
    static final String PASSWORD_KEY = "admin.password";
    static final String USERNAME_KEY = "admin.username";

    static AdminAccount resolve(AdminProperties properties, CredentialsFile file, PasswordEncoder encoder) {
        return resolve(properties, file, encoder, true).orElseThrow();
    }

    /**
     * @param mayWrite whether the app keeps files (embedded mode); against a Neo4j server it keeps none, and
     *                 without orggraph.admin.password there is then no administrator account (users and tokens
     *                 still work)
     */
    static Optional<AdminAccount> resolve(AdminProperties properties, CredentialsFile file, PasswordEncoder encoder,
            boolean mayWrite) {
        if (properties.password() != null && !properties.password().isBlank()) {
            return Optional.of(new AdminAccount(properties.username(), encoder.encode(properties.password())));
        }
        var kept = mayWrite ? file.get(PASSWORD_KEY) : Optional.<String>empty();
        if (kept.isPresent()) {
            return Optional.of(new AdminAccount(properties.username(), encoder.encode(kept.get())));
        }
        if (!mayWrite) {
            log.info("No administrator account: against a Neo4j server the app keeps no files; set"
                    + " orggraph.admin.password (e.g. as ORGGRAPH_ADMIN_PASSWORD) to have one");
            return Optional.empty();
        }
        String generated = CredentialsFile.generateSecret();
        file.put(Map.of(USERNAME_KEY, properties.username(), PASSWORD_KEY, generated));
        log.warn("""

                ================================================================
                Created OrgGraph's administrator account '{}' with the password:
                    {}
                It is kept in {} (readable by you only; this is the only time it is logged).
                Log in at /login, or: curl -u {}:"$(sed -n 's/^admin.password=//p' {})" ...
                ================================================================""",
                properties.username(), generated, file.path().toAbsolutePath(), properties.username(),
                file.path().toAbsolutePath());
        return Optional.of(new AdminAccount(properties.username(), encoder.encode(generated)));
    }

    @Override
    public String toString() {
        return "AdminAccount[username=" + username + "]";
    }
}
