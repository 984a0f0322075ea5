package org.orggraph.live;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.orggraph.dashboard.DashboardStatements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The one poller of this app instance: while anyone subscribes, every {@link LiveProperties#pollInterval()} it
 * numbers the newly committed changes and reads those after the last it published ({@link ChangeLog}), and hands
 * each batch to every subscriber in memory. It follows the history in the database, not the writes of this
 * instance, so a change made through any instance (or by an import, or by Cypher) reaches every subscriber. The
 * first subscriber starts it, the last one to leave stops it: an instance nobody watches does not poll. New changes
 * also empty this instance's dashboard cache, which a write through another instance cannot reach.
 */
@Component
class ChangeFeed {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);

    private final ChangeLog changes;
    private final DashboardStatements dashboards;
    /** The poller's own thread: polls never overlap, and a poll is never interrupted (see {@link OffThread}). */
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread poller = new Thread(task, "change-feed");
        poller.setDaemon(true);
        return poller;
    });
    private final AtomicBoolean polling = new AtomicBoolean();
    private final Flux<Batch> batches;

    ChangeFeed(ChangeLog changes, DashboardStatements dashboards, LiveProperties properties) {
        this.changes = changes;
        this.dashboards = dashboards;
        Duration interval = properties.pollInterval();
        this.batches = Flux.defer(() -> {
            // where this run of the poller stands: the feed's last number when it started
            long[] published = {-1};
            return Flux.interval(Duration.ZERO, interval)
                    .onBackpressureDrop()
                    .concatMap(tick -> OffThread.call(thread, () -> poll(published)).flatMap(Mono::justOrEmpty), 1);
        }).doOnSubscribe(s -> polling.set(true)).doFinally(signal -> polling.set(false))
                .publish().refCount(1);
    }

    /** The batches of this instance's poller, shared: subscribing starts it when it is not running. */
    Flux<Batch> batches() {
        return batches;
    }

    /** Whether the poller runs (someone subscribes). */
    boolean polling() {
        return polling.get();
    }

    /** One poll, on the feed's thread; a failure (the database away) is logged and the next poll tries again. */
    private Optional<Batch> poll(long[] published) {
        try {
            changes.number();
            if (published[0] < 0) {
                published[0] = changes.last();
                return Optional.of(new Batch(published[0], published[0], List.of()));
            }
            List<Numbered> next = changes.after(published[0]);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            // A change made through another instance did not reach this instance's dashboard cache: forget it before
            // the subscribers (dashboards among them) hear of the change and ask again.
            dashboards.forget();
            Batch batch = new Batch(published[0], next.get(next.size() - 1).seq(), next);
            published[0] = batch.to();
            return Optional.of(batch);
        } catch (RuntimeException e) {
            log.warn("The change feed could not read the change history; it tries again: {}", e.toString());
            return Optional.empty();
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
