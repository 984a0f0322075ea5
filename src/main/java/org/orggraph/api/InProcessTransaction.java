package org.orggraph.api;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

/**
 * A write transaction on the embedded database itself, in this process: for a big write (an import of 400,000 rows)
 * whose parameters over the driver would be packed into Bolt messages and unpacked again on loopback. Its
 * statements answer as over the driver: the driver's records ({@link EmbeddedValues}), and the driver's exception of
 * the same Neo4j status code for a failure ({@link InProcessReads#asDriverException}), so that a caller handles both
 * paths alike (a transaction over its memory limit, say). Its limits are the database's, as for a driver's
 * transaction: {@code db.transaction.timeout} and {@code db.memory.transaction.max}.
 */
public final class InProcessTransaction implements AutoCloseable {

    private final Transaction tx;

    private InProcessTransaction(Transaction tx) {
        this.tx = tx;
    }

    public static InProcessTransaction begin(GraphDatabaseService database) {
        try {
            return new InProcessTransaction(database.beginTx());
        } catch (RuntimeException e) {
            throw InProcessReads.asDriverException(e);
        }
    }

    /** Runs one statement to its end: all its rows. */
    public List<Record> run(String cypher, Map<String, Object> parameters) {
        try (Result result = tx.execute(cypher, parameters)) {
            return InProcessReads.records(result);
        } catch (RuntimeException e) {
            throw InProcessReads.asDriverException(e);
        }
    }

    public void commit() {
        try {
            tx.commit();
        } catch (RuntimeException e) {
            throw InProcessReads.asDriverException(e);
        }
    }

    /** Rolls back unless committed. */
    @Override
    public void close() {
        try {
            tx.close();
        } catch (RuntimeException e) {
            throw InProcessReads.asDriverException(e);
        }
    }
}
