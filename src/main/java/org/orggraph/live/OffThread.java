package org.orggraph.live;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

/**
 * Blocking work (a Neo4j statement) for a reactive stream, run on an executor and never interrupted: a subscriber
 * that leaves cancels its stream, and a Reactor task cancelled mid-statement would interrupt the thread, which makes
 * the Neo4j driver drop its connection. Here the statement finishes and its result is dropped.
 */
final class OffThread {

    private OffThread() {
    }

    static <T> Mono<T> call(Executor executor, Supplier<T> work) {
        return Mono.fromFuture(() -> CompletableFuture.supplyAsync(work, executor), true);
    }
}
