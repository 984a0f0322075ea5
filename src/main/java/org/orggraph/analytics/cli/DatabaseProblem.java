package org.orggraph.analytics.cli;

import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.orggraph.startup.StartupProblem;

/**
 * Says in one message why the command could not open or reach the database, without a stack trace.
 */
final class DatabaseProblem {

    private DatabaseProblem() {
    }

    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t.getClass().getSimpleName().equals("FileLockException") || message.contains("locked by another process")
                    || message.contains("Neo4j's store lock is held")) {
                return "the embedded database is in use by another process (is OrgGraph running?). Against a running"
                        + " OrgGraph, pass its Bolt address instead: --spring.neo4j.uri=bolt://127.0.0.1:7687"
                        + " --spring.neo4j.authentication.password=PASSWORD --orggraph.embedded.enabled=false";
            }
            if (t instanceof StartupProblem problem) {
                return problem.getMessage() + " " + problem.action();
            }
            if (t instanceof AuthenticationException) {
                return "Neo4j refused the credentials: " + message
                        + " (--spring.neo4j.authentication.username/password)";
            }
            if (t instanceof ServiceUnavailableException) {
                return "cannot reach Neo4j: " + message + " (check --spring.neo4j.uri)";
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return failure == root ? String.valueOf(failure.getMessage())
                : failure.getMessage() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
