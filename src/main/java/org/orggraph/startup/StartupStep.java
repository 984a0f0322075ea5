package org.orggraph.startup;

import java.util.function.DoubleConsumer;

/**
 * One piece of work of a start-up phase, a bean of the feature that does it (the database, the schema, the reference
 * data, a warm-up). {@link StartupSequence} runs the steps after the web server is up, phase by phase.
 */
public interface StartupStep {

    StartupPhase phase();

    /**
     * Does the work.
     *
     * @param progress takes the fraction of the step done so far (0 to 1), for the readiness percentage
     * @return what the phase's log line says about it, e.g. "schema at version 0003"
     */
    String run(DoubleConsumer progress) throws Exception;

    /** The work of a step, for {@link #of}. */
    @FunctionalInterface
    interface Work {
        String run(DoubleConsumer progress) throws Exception;
    }

    static StartupStep of(StartupPhase phase, Work work) {
        return new StartupStep() {
            @Override
            public StartupPhase phase() {
                return phase;
            }

            @Override
            public String run(DoubleConsumer progress) throws Exception {
                return work.run(progress);
            }
        };
    }
}
