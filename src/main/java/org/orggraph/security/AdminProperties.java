package org.orggraph.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The app's first administrator, who exists from the first start on.
 *
 * @param username Name of the administrator account (role ADMIN).
 * @param password Password of the administrator account, for scripts (better as the environment variable
 *                 ORGGRAPH_ADMIN_PASSWORD than on a command line); when unset one is generated on first start and
 *                 kept in DATA-DIR/credentials.
 */
@ConfigurationProperties("orggraph.admin")
public record AdminProperties(@DefaultValue("admin") String username, String password) {

    @Override
    public String toString() {
        return "AdminProperties[username=" + username + ", password=***]";
    }
}
