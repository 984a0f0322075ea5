package org.orggraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.orggraph.OrgGraphTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two app instances starting over one empty database: the one that holds the reference-data lock loads, the other
 * waits in the database (not by polling) until the first has finished, and then finds the data there.
 */
@OrgGraphTest
class ReferenceDataLockTest {

    @Autowired
    ReferenceDataLock lock;

    @Autowired
    Driver driver;

    @Test
    void aSecondHolderWaitsUntilTheFirstHasFinishedAndNoLockNodeStays() throws Exception {
        String key = "lock-test:" + UUID.randomUUID();
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = instances.submit(() -> lock.whileHeld(key, () -> {
                events.add("first loads");
                firstHolds.countDown();
                await(firstMayFinish);
                events.add("first done");
                return null;
            }));
            assertThat(firstHolds.await(1, TimeUnit.MINUTES)).isTrue();
            Future<?> second = instances.submit(() -> lock.whileHeld(key, () -> events.add("second finds it done")));

            awaitATransactionBlockedByAnother();
            assertThat(events).containsExactly("first loads");
            firstMayFinish.countDown();
            first.get(1, TimeUnit.MINUTES);
            second.get(1, TimeUnit.MINUTES);

            assertThat(events).containsExactly("first loads", "first done", "second finds it done");
            assertThat(driver.executableQuery("MATCH (n:ReferenceDataLoad) RETURN count(n) AS n").execute()
                    .records().get(0).get("n").asLong()).isZero();
        } finally {
            firstMayFinish.countDown();
            instances.shutdownNow();
        }
    }

    /** Neo4j's own list of transactions shows the second holder waiting for the first one's lock. */
    private void awaitATransactionBlockedByAnother() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (driver.executableQuery("SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked'"
                + " RETURN count(*) AS n").withParameters(Map.of()).execute().records().get(0).get("n").asLong() == 0) {
            assertThat(System.nanoTime()).as("the second holder waits for the first").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
