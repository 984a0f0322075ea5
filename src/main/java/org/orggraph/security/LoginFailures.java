package org.orggraph.security;

import java.util.List;

import org.orggraph.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every failed login (the login page, HTTP Basic, a bearer token) goes into the audit trail: the name tried, when,
 * from which address, and why it was refused. A token is never recorded, only that one was tried.
 */
@Component
class LoginFailures {

    static final String ACTION = "login";
    /** Longer names tried are cut: a user name is short, and the trail is no place for a pasted document. */
    static final int MAX_ACTOR = 100;

    private final AuditTrail trail;

    LoginFailures(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String actor = attempt instanceof BearerTokenAuthenticationToken ? "(bearer token)" : attempt.getName();
        if (actor == null || actor.isBlank()) {
            actor = "(none)";
        }
        if (actor.length() > MAX_ACTOR) {
            actor = actor.substring(0, MAX_ACTOR) + "…";
        }
        String origin = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        trail.record(actor, ACTION, "refused: " + reason(event), List.of(), origin);
    }

    private static String reason(AbstractAuthenticationFailureEvent event) {
        String type = event.getClass().getSimpleName();
        return switch (type) {
            case "AuthenticationFailureBadCredentialsEvent" -> "bad credentials";
            case "AuthenticationFailureLockedEvent" -> "account locked";
            case "AuthenticationFailureDisabledEvent" -> "account disabled";
            case "AuthenticationFailureExpiredEvent", "AuthenticationFailureCredentialsExpiredEvent" -> "expired";
            default -> event.getException().getClass().getSimpleName();
        };
    }
}
