package org.orggraph.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.orggraph.api.ApiError;
import org.orggraph.export.ExportController;
import org.orggraph.importer.ImportController;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * The answer to a request that the security layer refuses after looking at who sent it: never Spring's bare 403.
 * <ul>
 * <li>Nobody logged in: that is the problem to fix, whatever else is missing, so the answer is
 * {@link Unauthenticated}'s 401. The CSRF check runs before credentials are read and refuses an anonymous upload
 * (a POST without a CSRF token); before this it got a bare 403 that told a script nothing.</li>
 * <li>A browser session's POST without its CSRF token: 403 FORBIDDEN saying what to send.</li>
 * <li>A role that does not reach the path (a VIEWER's upload): 403 FORBIDDEN naming the role.</li>
 * </ul>
 */
final class Forbidden implements AccessDeniedHandler {

    private final GraphQlErrorResponses responses;
    private final Unauthenticated unauthenticated;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    Forbidden(GraphQlErrorResponses responses, Unauthenticated unauthenticated) {
        this.responses = responses;
        this.unauthenticated = unauthenticated;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
            throws IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (!trust.isAuthenticated(caller)) {
            unauthenticated.commence(request, response,
                    new InsufficientAuthenticationException("no credentials", refusal));
            return;
        }
        String message = refusal instanceof CsrfException
                ? "This request changes data and came from a browser session without its CSRF token: send the"
                        + " token of the page (the _csrf form field or the X-CSRF-TOKEN header), or send HTTP Basic"
                        + " credentials or a bearer token instead of the session"
                : "The roles of " + caller.getName() + " " + caller.getAuthorities() + " do not reach "
                        + request.getMethod() + " " + request.getRequestURI() + needs(request.getRequestURI());
        responses.write(response, HttpServletResponse.SC_FORBIDDEN, ApiError.FORBIDDEN, message);
    }

    /** What the paths with a role of their own need (SecurityConfiguration), for whoever asks for the wrong one. */
    private static String needs(String path) {
        if (ImportController.PATH.equals(path)) {
            return ": an upload needs the role EDITOR or ADMIN";
        }
        if (ExportController.PATH.equals(path)) {
            return ": the export needs the role ADMIN";
        }
        return "";
    }
}
