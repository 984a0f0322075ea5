package org.orggraph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.DoubleConsumer;

/**
 * Sends one request over and over from a number of concurrent clients (threads), first for a warm-up that is not
 * counted (JIT, plan caches, page cache), then for the timed window.
 */
final class LoadGenerator {

    /** One request: returns normally when it was answered, throws when it failed. */
    @FunctionalInterface
    interface Request {
        void send() throws Exception;
    }

    private final int clients;

    LoadGenerator(int clients) {
        if (clients < 1) {
            throw new IllegalArgumentException("at least one client");
        }
        this.clients = clients;
    }

    /** Warms up, then measures; {@code progress} hears the share of the whole (warm-up and window) done. */
    Latencies run(Request request, Duration warmUp, Duration window, DoubleConsumer progress)
            throws InterruptedException {
        long total = warmUp.toNanos() + window.toNanos();
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = start + total;
        ExecutorService pool = Executors.newFixedThreadPool(clients, runnable -> {
            Thread thread = new Thread(runnable, "bench-client");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Client>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> new Client().run(request, measureFrom, end)));
            }
            while (System.nanoTime() < end) {
                progress.accept(Math.min(1.0, (System.nanoTime() - start) / (double) total));
                Thread.sleep(200);
            }
            long failures = 0;
            long lastDone = end;
            List<long[]> all = new ArrayList<>();
            for (Future<Client> future : futures) {
                Client client = future.get();
                failures += client.failures;
                lastDone = Math.max(lastDone, client.lastDone);
                all.add(client.latencies());
            }
            progress.accept(1.0);
            long[] merged = all.stream().flatMapToLong(java.util.Arrays::stream).toArray();
            // the requests that started in the window, over the time until the last of them ended
            return Latencies.of(merged, failures, lastDone - measureFrom);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a bench client failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One client's latencies in nanoseconds, of the requests that started in the window (the last may end later). */
    private static final class Client {
        private long[] nanos = new long[1024];
        private int size;
        private long failures;
        private long lastDone;

        /** Each client measures at least one request, also when a slow warm-up request outlasts the window. */
        Client run(Request request, long measureFrom, long end) {
            long now = System.nanoTime();
            while (now < end || size + failures == 0) {
                boolean ok;
                try {
                    request.send();
                    ok = true;
                } catch (Exception e) {
                    ok = false;
                }
                long done = System.nanoTime();
                if (now >= measureFrom) {
                    lastDone = done;
                    if (ok) {
                        add(done - now);
                    } else {
                        failures++;
                    }
                }
                now = done;
            }
            return this;
        }

        private void add(long latency) {
            if (size == nanos.length) {
                nanos = java.util.Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = latency;
        }

        long[] latencies() {
            return java.util.Arrays.copyOf(nanos, size);
        }
    }
}
