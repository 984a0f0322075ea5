package org.orggraph.live;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The one poller of this app instance: while anyone subscribes, every {@link LiveProperties#pollInterval()} it
 * numbers the newly committed changes and reads those after the last it published ({@link ChangeLog}), and hands
 * each batch to every subscriber in memory. It follows the history in the database, not the writes of this
 * instance, so a change made through any instance (or by an import, or by Cypher) reaches every subscriber. The
 * first subscriber starts it, the last one to leave stops it: an instance nobody watches does not poll.
 */
@Component
class ChangeFeed {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);

    private final ChangeLog changes;
    private final Scheduler thread = Schedulers.newSingle("change-feed", true);
    private final AtomicBoolean polling = new AtomicBoolean();
    private final Flux<Batch> batches;

    ChangeFeed(ChangeLog changes, LiveProperties properties) {
        this.changes = changes;
        Duration interval = properties.pollInterval();
        this.batches = Flux.defer(() -> {
            // where this run of the poller stands: the feed's last number when it started
            long[] published = {-1};
            return Flux.interval(Duration.ZERO, interval, thread)
                    .onBackpressureDrop()
                    .concatMap(tick -> Mono.justOrEmpty(poll(published)), 1);
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
        thread.dispose();
    }
}
