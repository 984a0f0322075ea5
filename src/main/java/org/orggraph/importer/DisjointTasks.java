package org.orggraph.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs tasks on a pool so that no two tasks that share a key run at the same time, taking the tasks in the given
 * order as far as that allows. The bulk loader's keys are the label families a relationship group's statement locks:
 * two groups ending at the same nodes (say both at the members of a party organization) would lock them in
 * different orders and deadlock each other, which the driver retried with a stack trace in the log each time.
 */
final class DisjointTasks<T> {

    private final List<T> pending;
    private final Function<T, Set<String>> keys;
    private final Set<String> busy = new HashSet<>();
    private RuntimeException failure;

    DisjointTasks(List<T> ordered, Function<T, Set<String>> keys) {
        this.pending = new ArrayList<>(ordered);
        this.keys = keys;
    }

    /** Runs every task with {@code work} on {@code workers} threads of {@code pool}; the first failure ends the run. */
    void runAll(ExecutorService pool, int workers, Consumer<T> work) {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            futures.add(pool.submit(() -> work(work)));
        }
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            futures.forEach(f -> f.cancel(true));
            throw new IllegalStateException("Interrupted while loading", e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
        synchronized (this) {
            if (failure != null) {
                throw failure;
            }
        }
    }

    private void work(Consumer<T> work) {
        for (T task = next(); task != null; task = next()) {
            try {
                work.accept(task);
            } catch (RuntimeException e) {
                fail(e);
            } finally {
                done(task);
            }
        }
    }

    /** The first pending task whose keys are free, waiting while all pending ones are blocked; null when none is left. */
    private synchronized T next() {
        while (failure == null && !pending.isEmpty()) {
            for (int i = 0; i < pending.size(); i++) {
                Set<String> wanted = keys.apply(pending.get(i));
                if (wanted.stream().noneMatch(busy::contains)) {
                    busy.addAll(wanted);
                    return pending.remove(i);
                }
            }
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(new IllegalStateException("Interrupted while loading", e));
            }
        }
        return null;
    }

    private synchronized void done(T task) {
        busy.removeAll(keys.apply(task));
        notifyAll();
    }

    private synchronized void fail(RuntimeException e) {
        if (failure == null) {
            failure = e;
        }
        notifyAll();
    }
}
