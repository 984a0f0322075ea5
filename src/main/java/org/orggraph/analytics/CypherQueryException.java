package org.orggraph.analytics;

/**
 * A query that was refused (it would write) or failed (syntax, a missing procedure, a timeout, no connection), with a
 * message meant for the analyst who typed it.
 */
public class CypherQueryException extends RuntimeException {

    public CypherQueryException(String message) {
        super(message);
    }

    public CypherQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
