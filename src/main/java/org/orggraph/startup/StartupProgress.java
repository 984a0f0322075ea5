package org.orggraph.startup;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where the start is: the phase running and the percentage, then ready or failed. The state moves forward only, and
 * each finished phase is one log line. Read by the readiness probe ({@link StartupHealthIndicator}), by GraphQL (which
 * answers UNAVAILABLE until ready) and by the database driver (which refuses to be used before the database is up).
 */
@Component
public class StartupProgress {

    private static final Logger log = LoggerFactory.getLogger(StartupProgress.class);

    public enum State {
        STARTING, READY, FAILED
    }

    /**
     * @param phase   the phase running, or the one that failed; {@code null} once ready
     * @param percent of the whole start, 0 to 100
     */
    public record Status(State state, StartupPhase phase, int percent, String failure) {

        static Status starting(StartupPhase phase, int percent) {
            return new Status(State.STARTING, phase, percent, null);
        }

        public boolean ready() {
            return state == State.READY;
        }

        /** "reference data 62%", or "ready". */
        public String describe() {
            return switch (state) {
                case READY -> "ready";
                case STARTING -> phase.label() + " " + percent + "%";
                case FAILED -> "failed in phase " + phase.label() + ": " + failure;
            };
        }
    }

    private final long created = System.nanoTime();
    private volatile Status status = Status.starting(StartupPhase.DATABASE, 0);

    public Status status() {
        return status;
    }

    public boolean ready() {
        return status.ready();
    }

    /** Waits until the start is ready or has failed, at most {@code timeout}; returns the status then. */
    public Status awaitOutcome(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (status.state() == State.STARTING) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                wait(Math.max(1, left / 1_000_000));
            }
            return status;
        }
    }

    void begin(StartupPhase phase) {
        move(Status.starting(phase, phase.percent(0)));
    }

    void advance(StartupPhase phase, double fraction) {
        Status now = status;
        int percent = phase.percent(fraction);
        if (now.state() == State.STARTING && now.phase() == phase && percent > now.percent()) {
            move(Status.starting(phase, percent));
        }
    }

    void finished(StartupPhase phase, String summary, long millis) {
        move(Status.starting(phase, phase.percent(1)));
        log.info("Start-up {}/{} {} ({}%, {} ms): {}", phase.ordinal() + 1, StartupPhase.values().length,
                phase.label(), phase.percent(1), millis, summary);
    }

    void becameReady() {
        if (status.state() == State.STARTING) {
            // Logged first: whoever waits for "ready" finds the line in the log.
            log.info("OrgGraph is ready ({} ms after the application context was created, {} ms after the JVM started)",
                    (System.nanoTime() - created) / 1_000_000,
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        }
        move(new Status(State.READY, null, 100, null));
    }

    void failed(StartupPhase phase, Throwable failure) {
        move(new Status(State.FAILED, phase, status.percent(), String.valueOf(failure.getMessage())));
    }

    /**
     * Sets the status as given, whatever it was; {@link StartupSequence} moves it only forward. Lets a test show the
     * HTTP side of a start (the probe, GraphQL's 503) on an app that is already up, and then put it back.
     */
    synchronized Status force(Status replacement) {
        Status before = status;
        status = replacement;
        notifyAll();
        return before;
    }

    private synchronized void move(Status next) {
        if (status.state() == State.STARTING) {
            status = next;
            notifyAll();
        }
    }

    /** How long a client should wait before asking again while starting. */
    public static Duration retryAfter() {
        return Duration.ofSeconds(5);
    }
}
