package org.orggraph.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A start-up phase failed for a reason no other analyzer knows (they run first): the phase, the innermost message,
 * and where to look. Registered in {@code META-INF/spring.factories}.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
class StartupFailureAnalyzer extends AbstractFailureAnalyzer<StartupFailure> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StartupFailure cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String action = switch (cause.phase()) {
            case DATABASE, PROCEDURES -> "Neo4j's own log says more: DATA-DIR/logs/debug.log (DATA-DIR is"
                    + " orggraph.embedded.data-dir). A damaged data dir can be moved away: a new one is created and the"
                    + " reference data loaded again on the next start; or pass --orggraph.embedded.data-dir=DIR.";
            case MIGRATIONS -> "The schema migrations in cypher/schema/ could not be applied to this database; a"
                    + " database written by another OrgGraph version needs that version, or a new data dir.";
            case REFERENCE_DATA, WARM_UP -> "Start with another data dir (--orggraph.embedded.data-dir=DIR) or"
                    + " without reference data (--orggraph.sample-data=none); run with --debug for the stack trace.";
        };
        return new FailureAnalysis("The start failed in phase '" + cause.phase().label() + "', after the web server"
                + " was up: " + root.getMessage() + (root == cause.getCause() ? "" : " (" + root.getClass().getSimpleName()
                + ")"), action, cause);
    }
}
