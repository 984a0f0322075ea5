package org.orggraph.security;

import java.util.Map;
import java.util.Set;

import org.orggraph.api.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The users of a single office, from configuration: {@code orggraph.users.NAME.password} (a hash such as
 * {@code {bcrypt}$2a$10$…}, never the password itself) and {@code orggraph.users.NAME.roles}.
 *
 * @param users Users by name, each with password (a {bcrypt} hash) and roles (VIEWER, PLANNER, EDITOR, ANALYST,
 *              ADMIN).
 */
@ConfigurationProperties("orggraph")
public record OfficeUsers(Map<String, OfficeUser> users) {

    public OfficeUsers {
        users = users == null ? Map.of() : Map.copyOf(users);
    }

    /**
     * One configured user.
     *
     * @param password the password's hash with its encoder id, e.g. {bcrypt}$2a$10$…
     * @param roles    what the user may do
     */
    public record OfficeUser(String password, Set<Role> roles) {

        public OfficeUser {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }
    }
}
