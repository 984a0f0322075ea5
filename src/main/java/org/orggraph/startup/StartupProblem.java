package org.orggraph.startup;

/**
 * A start-up failure the user can fix: what happened and what to do, shown by {@link StartupProblemFailureAnalyzer}
 * in Spring Boot's "APPLICATION FAILED TO START" screen, without a stack trace unless {@code --debug}.
 */
public class StartupProblem extends RuntimeException {

    private final String action;

    public StartupProblem(String description, String action) {
        this(description, action, null);
    }

    public StartupProblem(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    /** The property to change or the thing to do, in one or two sentences. */
    public String action() {
        return action;
    }
}
