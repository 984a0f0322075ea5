package org.orggraph.importer;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.springframework.stereotype.Component;

/**
 * One app instance at a time loads the reference data into a database that several instances share: the holder keeps
 * a transaction open that has created {@code (:ReferenceDataLoad {id: key})} (uniqueness constraint in
 * {@code V0008__Reference_data_load_lock.cypher}); another instance's MERGE of the same node waits for that
 * transaction. The holder deletes the node before it commits, so nothing stays in the graph, and an instance that
 * dies mid-load loses its transaction with its connection: the next one takes the lock and completes the load.
 */
@Component
class ReferenceDataLock {

    /** As long as a load at the largest scale may take: the lock must not end before the load does. */
    static final Duration HELD_AT_MOST = Duration.ofHours(2);

    private final Driver driver;

    ReferenceDataLock(Driver driver) {
        this.driver = driver;
    }

    /** Runs {@code work} once no other holder of {@code key} is left, and keeps the others out until it returns. */
    <T> T whileHeld(String key, Supplier<T> work) {
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.WRITE).build());
                Transaction tx = session.beginTransaction(TransactionConfig.builder().withTimeout(HELD_AT_MOST).build())) {
            // Waits here while another instance's transaction holds the node's (uncommitted) uniqueness entry.
            tx.run("MERGE (lock:ReferenceDataLoad {id: $key}) SET lock.since = datetime()", Map.of("key", key)).consume();
            T result = work.get();
            tx.run("MATCH (lock:ReferenceDataLoad {id: $key}) DELETE lock", Map.of("key", key)).consume();
            tx.commit();
            return result;
        }
    }
}
