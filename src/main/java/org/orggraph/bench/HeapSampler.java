package org.orggraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The peak of the heap in use while it runs, sampled every 100 ms: the app and the benchmark share the JVM, so it
 * is the peak of both (the clients' part is small: latencies and one answer per client at a time).
 */
final class HeapSampler implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;

    HeapSampler() {
        thread = new Thread(this::sample, "bench-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    long peakBytes() {
        return Math.max(peak.get(), memory.getHeapMemoryUsage().getUsed());
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
