package org.orggraph.live;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.orggraph.api.ApiError;
import org.orggraph.api.ApiException;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * One subscriber's stream of changes: from its cursor on, each committed change once, in feed order, that matches
 * its {@link Interest}. It takes the poller's batches from memory while it keeps up; whenever it is behind a batch
 * (it resumed from an old cursor, or it was slow and batches were dropped for it) it reads the gap from the database
 * first, page by page, so nothing is skipped and nothing comes twice.
 */
@Component
class LiveChanges implements SmartLifecycle {

    private final ChangeFeed feed;
    private final ChangeLog changes;
    private final int maxSubscribers;
    private final AtomicInteger subscribers = new AtomicInteger();
    /** Ends every subscription when the app stops, before the web server waits for open requests to finish. */
    private final Sinks.Empty<Void> stopping = Sinks.empty();
    private volatile boolean running;

    LiveChanges(ChangeFeed feed, ChangeLog changes, LiveProperties properties) {
        this.feed = feed;
        this.changes = changes;
        this.maxSubscribers = properties.maxSubscribers();
    }

    /**
     * Where a subscription without a cursor starts: after every change committed so far. Changes committed but not
     * yet numbered by the poller are numbered first (a bounded number of pages), else they would come after "now".
     */
    long now() {
        for (int page = 0; page < 100 && changes.number(); page++) {
            // each call numbers one page of what waits
        }
        return changes.last();
    }

    /**
     * The changes after {@code start} that {@code interest} wants, then live ones.
     *
     * @throws ApiException TOO_EXPENSIVE when this instance already serves {@link LiveProperties#maxSubscribers()}
     */
    Flux<LiveChange> after(long start, Interest interest) {
        if (subscribers.get() >= maxSubscribers) {
            throw new ApiException(ApiError.TOO_EXPENSIVE, "This server already serves " + maxSubscribers
                    + " change subscriptions; try again later or ask the administrator to raise"
                    + " orggraph.live.max-subscribers");
        }
        return Flux.defer(() -> {
            AtomicLong cursor = new AtomicLong(start);
            return feed.batches()
                    .onBackpressureLatest()
                    .startWith(Batch.catchUp())
                    .concatMap(batch -> deliver(batch, cursor, interest), 1)
                    .takeUntilOther(stopping.asMono());
        }).doOnSubscribe(s -> subscribers.incrementAndGet()).doFinally(signal -> subscribers.decrementAndGet());
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Completes every subscription (clients get {@code complete} and reconnect to another instance with their
     * cursor): an open SSE or WebSocket stream would otherwise hold the graceful shutdown until its timeout.
     * The default phase stops before the web server's graceful shutdown.
     */
    @Override
    public void stop() {
        running = false;
        stopping.tryEmitEmpty();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Subscriptions this instance serves now. */
    int subscribers() {
        return subscribers.get();
    }

    private Flux<LiveChange> deliver(Batch batch, AtomicLong cursor, Interest interest) {
        if (batch.to() <= cursor.get()) {
            return Flux.empty();
        }
        if (batch.from() <= cursor.get()) {
            List<Numbered> fresh = batch.changes().stream().filter(n -> n.seq() > cursor.get()).toList();
            return blocking(() -> matching(fresh, cursor, interest)).flatMapIterable(items -> items);
        }
        // behind this batch: everything after the cursor from the database, up to what the batch reaches
        AtomicLong read = new AtomicLong(cursor.get());
        return blocking(() -> changes.after(read.get()))
                .repeat()
                .takeWhile(page -> !page.isEmpty())
                .doOnNext(page -> read.set(page.get(page.size() - 1).seq()))
                .takeUntil(page -> page.size() < ChangeLog.PAGE || read.get() >= batch.to())
                .concatMap(page -> blocking(() -> matching(page, cursor, interest)), 1)
                .flatMapIterable(items -> items);
    }

    /** Statements off the stream's thread, on Reactor's pool for blocking work, never interrupted. */
    private static <T> Mono<T> blocking(Supplier<T> work) {
        return OffThread.call(task -> Schedulers.boundedElastic().schedule(task), work);
    }

    /** The changes of {@code page} the interest wants; moves the cursor past the whole page. */
    private List<LiveChange> matching(List<Numbered> page, AtomicLong cursor, Interest interest) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Numbered> typed = page.stream().filter(n -> interest.wantsType(n.type())).toList();
        if (interest.needsPlaces() && !typed.isEmpty()) {
            Set<String> concerning = changes.concerning(typed.stream().map(n -> n.event().id()).toList(),
                    interest.areaId(), interest.allianceId());
            typed = typed.stream().filter(n -> concerning.contains(n.event().id())).toList();
        }
        cursor.set(page.get(page.size() - 1).seq());
        return typed.stream().map(n -> new LiveChange(FeedCursor.of(n.seq()), n.event())).toList();
    }
}
