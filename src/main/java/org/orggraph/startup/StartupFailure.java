package org.orggraph.startup;

/**
 * A start-up phase that failed after the web server was up. Its cause is what the failure analyzers look at
 * ({@link StartupProblem}, the driver's connection errors); {@link StartupFailureAnalyzer} describes the rest.
 */
public class StartupFailure extends RuntimeException {

    private final StartupPhase phase;

    StartupFailure(StartupPhase phase, Throwable cause) {
        super("Start-up phase '" + phase.label() + "' failed: " + cause.getMessage(), cause);
        this.phase = phase;
    }

    public StartupPhase phase() {
        return phase;
    }
}
