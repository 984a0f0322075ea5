package org.orggraph.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.orggraph.api.ApiError;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * The answer to an API request without valid credentials: 401 with the challenges a client can answer (HTTP Basic,
 * and a bearer token when JWTs are configured) and a GraphQL error body with code UNAUTHENTICATED — never a
 * login page or a servlet container's error page.
 */
final class Unauthenticated implements AuthenticationEntryPoint {

    private final GraphQlErrorResponses responses;
    private final String challenges;

    Unauthenticated(GraphQlErrorResponses responses, boolean bearer) {
        this.responses = responses;
        this.challenges = "Basic realm=\"OrgGraph\"" + (bearer ? ", Bearer" : "");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
            throws IOException {
        response.setHeader("WWW-Authenticate", challenges);
        responses.write(response, HttpServletResponse.SC_UNAUTHORIZED, ApiError.UNAUTHENTICATED,
                "Log in first: send HTTP Basic credentials (a user of orggraph.users, of 'java -jar orggraph.jar"
                        + " user add', or the administrator of DATA-DIR/credentials) or a bearer token");
    }
}
