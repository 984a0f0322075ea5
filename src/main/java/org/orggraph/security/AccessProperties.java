package org.orggraph.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may reach the app, and from where.
 *
 * @param rolesClaim     Claim of a JWT bearer token that lists the caller's roles (VIEWER, PLANNER, EDITOR, ANALYST,
 *                       ADMIN), a list or a space-separated string.
 * @param allowedOrigins Origins whose pages may call the API across origins (CORS), e.g. https://dashboard.example.org;
 *                       none by default.
 * @param allowedHosts   Host names the app answers to (the Host header, without the port), against DNS rebinding;
 *                       any request for another host gets 421 MISDIRECTED_REQUEST. Empty: any host.
 */
@ConfigurationProperties("orggraph.security")
public record AccessProperties(
        @DefaultValue("roles") String rolesClaim,
        List<String> allowedOrigins,
        List<String> allowedHosts) {

    public AccessProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
    }
}
