package org.orggraph.api;

import java.io.Serializable;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.neo4j.driver.QueryConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The GraphQL requests running now over HTTP, so that the reads of one whose client went away can be stopped
 * ({@link DisconnectWatch}). A request is bound to the thread that executes it ({@link #running}): with Spring MVC,
 * GraphQL Java runs the data fetchers and batch loaders of a request synchronously on that thread. Each read of the
 * bound request carries the request's id in its transaction metadata ({@link #tagged}), under {@value #METADATA_KEY},
 * which is how the watch finds its transactions ({@code SHOW TRANSACTIONS}, embedded or remote alike); a read that
 * would start after the client left is refused at once.
 *
 * <p>The request as a whole has {@link ApiLimits#readTimeout()}, not each of its reads: every read runs under what
 * is left of it, and one that would start after it has passed is refused with TOO_EXPENSIVE. Without that, twenty
 * root fields of 25 s each would hold a thread and a transaction for eight minutes, each read under its own
 * timeout (found by the outsider's trial, docs/operations.md).
 */
@Component
public class RunningRequests {

    /** The transaction metadata key that names the request a read belongs to. */
    public static final String METADATA_KEY = "orggraphRequest";

    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private final ThreadLocal<Running> current = new ThreadLocal<>();
    private final Duration requestTimeout;
    private final LongSupplier nanoTime;

    @Autowired
    public RunningRequests(ApiLimits limits) {
        this(limits.readTimeout(), System::nanoTime);
    }

    /** With a clock of its own, for tests of the request's deadline. */
    RunningRequests(Duration requestTimeout, LongSupplier nanoTime) {
        this.requestTimeout = requestTimeout;
        this.nanoTime = nanoTime;
    }

    /**
     * Runs {@code read} with {@code config} plus the metadata of the request this thread executes (unchanged outside
     * a request), counted as in flight until it returns. Refused with CLIENT_GONE when the client has gone, and a
     * read the watch terminated for that reason fails with CLIENT_GONE too, not as an internal error.
     *
     * <p>An in-process read (a transaction opened on the embedded database itself) puts {@code config.metadata()}
     * on its transaction the same way, and the watch terminates it like any other.
     */
    public <T> T tagged(QueryConfig config, Function<QueryConfig, T> read) {
        Running request = current.get();
        if (request == null) {
            return read.apply(config);
        }
        request.refuseIfGone();
        request.reads.incrementAndGet();
        try {
            return read.apply(request.tag(config));
        } catch (RuntimeException e) {
            request.refuseIfGone();
            throw e;
        } finally {
            request.reads.decrementAndGet();
        }
    }

    /**
     * Registers the request {@code id} on {@code connection} while {@code execution} starts it on this thread (all of
     * it, with blocking data fetchers); it stays registered until {@link Running#end()}.
     */
    Running running(String id, ClientConnection connection, Supplier<?> execution) {
        Running request = new Running(id, connection, nanoTime.getAsLong());
        running.put(id, request);
        Running outer = current.get();
        current.set(request);
        try {
            execution.get();
        } finally {
            if (outer == null) {
                current.remove();
            } else {
                current.set(outer);
            }
        }
        return request;
    }

    Collection<Running> all() {
        return running.values();
    }

    /** One running request: its connection, whether its client is gone, and how many of its reads run now. */
    final class Running {

        final String id;
        private final ClientConnection connection;
        final long startedNanos;
        private final AtomicInteger reads = new AtomicInteger();
        private final Map<String, Serializable> metadata;
        private volatile boolean gone;
        private boolean ended;

        private Running(String id, ClientConnection connection, long startedNanos) {
            this.id = id;
            this.connection = connection;
            this.startedNanos = startedNanos;
            this.metadata = Map.of(METADATA_KEY, id);
        }

        /**
         * Asks the connection whether the client left (once it has, it stays so). Never while or after the request
         * ends: from then on its thread writes the answer and reads the next request of the connection.
         */
        synchronized boolean probe() {
            if (!ended && !gone && connection.gone()) {
                gone = true;
            }
            return gone;
        }

        boolean gone() {
            return gone;
        }

        int readsInFlight() {
            return reads.get();
        }

        /** The request is done (answered, failed or cancelled): no probe runs from now on. */
        synchronized void end() {
            ended = true;
            running.remove(id, this);
        }

        /** The read's config with the request's id in its metadata, under what is left of the request's time. */
        QueryConfig tag(QueryConfig config) {
            Duration left = Duration.ofNanos(startedNanos + requestTimeout.toNanos() - nanoTime.getAsLong());
            if (left.toMillis() < 1) {
                throw new ApiException(ApiError.TOO_EXPENSIVE, "This request has run for " + requestTimeout
                        .toSeconds() + " s, the most one request may (orggraph.limits.read-timeout); ask for fewer"
                        + " root fields or aliases, smaller pages or fewer nested lists");
            }
            Map<String, Serializable> merged = new HashMap<>(config.metadata());
            merged.putAll(metadata);
            QueryConfig.Builder tagged = QueryConfig.builder().withRouting(config.routing()).withMetadata(merged);
            tagged.withTimeout(config.timeout().filter(own -> own.compareTo(left) < 0).orElse(left));
            config.database().ifPresent(tagged::withDatabase);
            config.impersonatedUser().ifPresent(tagged::withImpersonatedUser);
            return tagged.build();
        }

        private void refuseIfGone() {
            if (gone) {
                throw new ApiException(ApiError.CLIENT_GONE, "The client closed the connection; the request was"
                        + " stopped");
            }
        }
    }
}
