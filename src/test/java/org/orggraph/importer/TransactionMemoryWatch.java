package org.orggraph.importer;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.Driver;

/**
 * Watches, every 200 ms, the memory Neo4j estimates its biggest open write transaction holds (what
 * {@code db.memory.transaction.max} limits): how close an import comes to the limit.
 */
final class TransactionMemoryWatch implements AutoCloseable {

    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "transaction-memory");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong peak = new AtomicLong();

    private TransactionMemoryWatch(Driver driver) {
        poller.scheduleWithFixedDelay(() -> {
            try {
                driver.executableQuery("SHOW TRANSACTIONS YIELD estimatedUsedHeapMemory, currentQuery"
                        + " WHERE NOT currentQuery STARTS WITH 'SHOW' RETURN max(estimatedUsedHeapMemory) AS bytes")
                        .execute().records().forEach(r -> {
                            if (!r.get("bytes").isNull()) {
                                peak.accumulateAndGet(r.get("bytes").asLong(), Math::max);
                            }
                        });
            } catch (RuntimeException busy) {
                // a poll that fails under load is skipped
            }
        }, 0, 200, TimeUnit.MILLISECONDS);
    }

    static TransactionMemoryWatch watch(Driver driver) {
        return new TransactionMemoryWatch(driver);
    }

    long peakBytes() {
        return peak.get();
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
