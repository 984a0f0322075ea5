package org.orggraph.security;

import java.util.Map;

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
        if (properties.password() != null && !properties.password().isBlank()) {
            return new AdminAccount(properties.username(), encoder.encode(properties.password()));
        }
        var kept = file.get(PASSWORD_KEY);
        if (kept.isPresent()) {
            return new AdminAccount(properties.username(), encoder.encode(kept.get()));
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
        return new AdminAccount(properties.username(), encoder.encode(generated));
    }

    @Override
    public String toString() {
        return "AdminAccount[username=" + username + "]";
    }
}
