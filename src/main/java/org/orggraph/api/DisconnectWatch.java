package org.orggraph.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Stops the reads of a GraphQL request whose HTTP client went away: every {@value #TICK_MILLIS} ms it asks the
 * connection of each request running longer than that ({@link ClientConnection#gone()}, a non-blocking read), and
 * for a request whose client is gone it terminates the request's open Neo4j transactions ({@code TERMINATE
 * TRANSACTIONS} of those that carry its id, see {@link RunningRequests}), again on each tick while one of its reads
 * still runs (one may have begun between the search and the termination). The request's later reads are refused, so
 * it ends within a tick or two instead of at its transaction timeout. Writes (mutations, imports) are not stopped:
 * each is one transaction that commits or not, as if the client had stayed.
 *
 * <p>One thread for the whole server; a request shorter than a tick is never asked about.
 */
@Component
class DisconnectWatch implements DisposableBean {

    static final long TICK_MILLIS = 200;

    private static final Logger log = LoggerFactory.getLogger(DisconnectWatch.class);

    private final RunningRequests requests;
    private final Driver driver;
    private final CypherFiles cypher;
    private final Counter abandoned;
    private final Counter terminated;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread watch = new Thread(work, "orggraph-disconnect-watch");
        watch.setDaemon(true);
        return watch;
    });

    DisconnectWatch(RunningRequests requests, Driver driver, CypherFiles cypher, MeterRegistry meters) {
        this.requests = requests;
        this.driver = driver;
        this.cypher = cypher;
        this.abandoned = Counter.builder("orggraph.requests.abandoned")
                .description("GraphQL requests whose client went away while they ran").register(meters);
        this.terminated = Counter.builder("orggraph.requests.abandoned.transactions")
                .description("Neo4j transactions terminated because their request's client went away")
                .register(meters);
        thread.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            long now = System.nanoTime();
            List<String> toStop = requests.all().stream()
                    .filter(request -> now - request.startedNanos > Duration.ofMillis(TICK_MILLIS).toNanos())
                    .filter(this::goneNow)
                    .filter(request -> request.readsInFlight() > 0)
                    .map(request -> request.id)
                    .toList();
            if (!toStop.isEmpty()) {
                terminate(toStop);
            }
        } catch (RuntimeException e) {
            // the next tick tries again; a database that does not answer is the health's to report
            log.warn("Could not stop the reads of requests whose client went away: {}", e.toString());
        }
    }

    private boolean goneNow(RunningRequests.Running request) {
        boolean before = request.gone();
        boolean gone = request.probe();
        if (gone && !before) {
            abandoned.increment();
            log.info("GraphQL request {}: the client went away after {} ms; stopping its reads", request.id,
                    Duration.ofNanos(System.nanoTime() - request.startedNanos).toMillis());
        }
        return gone;
    }

    private void terminate(List<String> requestIds) {
        try (Session session = driver.session()) {
            List<String> ids = session.run(cypher.load("api/request-transactions"), Map.of("requests", requestIds))
                    .list(row -> row.get("transactionId").asString());
            if (!ids.isEmpty()) {
                int stopped = session.run(cypher.load("api/terminate-transactions"), Map.of("ids", ids)).list().size();
                terminated.increment(stopped);
            }
        }
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }
}
