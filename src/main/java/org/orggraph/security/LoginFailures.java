package org.orggraph.security;

import java.util.List;

import org.orggraph.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(LoginFailures.class);

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
        // What was typed as a name may hold line breaks meant to forge log lines or trail entries.
        actor = actor.replaceAll("\\p{Cntrl}", "?");
        if (actor.length() > MAX_ACTOR) {
            actor = actor.substring(0, MAX_ACTOR) + "…";
        }
        String origin = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        String outcome = "refused: " + reason(event);
        try {
            trail.record(actor, ACTION, outcome, List.of(), origin);
        } catch (RuntimeException databaseDown) {
            // The refusal stands (401) even when the trail cannot be written; the log keeps the attempt then.
            log.warn("Failed login of '{}' from {} ({}) not recorded in the audit trail: {}", actor, origin, outcome,
                    databaseDown.getMessage());
        }
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
