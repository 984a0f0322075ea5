package org.orggraph.live;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

/**
 * Blocking work (a Neo4j statement) for a reactive stream, run on an executor and never interrupted: a subscriber
 * that leaves cancels its stream, and a Reactor task cancelled mid-statement would interrupt the thread, which makes
 * the Neo4j driver drop its connection. Here the statement finishes and its result is dropped.
 *
 * <p>The work, and what the stream does with its result on the same thread (the GraphQL execution of a change),
 * runs with the application's class loader as the thread's context class loader: Reactor's shared threads keep
 * the one of whoever made them first, which may be a web application since stopped (another app in the same JVM,
 * as in the tests), and resources ({@code cypher/...}) are loaded through it.
 */
final class OffThread {

    private static final ClassLoader APPLICATION = OffThread.class.getClassLoader();

    private OffThread() {
    }

    static <T> Mono<T> call(Executor executor, Supplier<T> work) {
        Executor withApplicationLoader = task -> executor.execute(() -> {
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            thread.setContextClassLoader(APPLICATION);
            try {
                task.run();
            } finally {
                thread.setContextClassLoader(before);
            }
        });
        return Mono.fromFuture(() -> CompletableFuture.supplyAsync(work, withApplicationLoader), true);
    }
}
