package org.orggraph.importer;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.orggraph.alliance.LinkProjection;
import org.orggraph.api.InProcessTransaction;

/**
 * The one transaction of an import, in which it reads the graph, writes its rows and keeps the link projection
 * current: in-process when the embedded database runs in this process ({@link #inProcess}), else the driver's
 * ({@link #overDriver}: a remote database, or the running app's when the command talks to it over Bolt). Both
 * answer with the driver's records and fail with the driver's exceptions, so the import cannot tell them apart.
 */
interface ImportTransaction extends AutoCloseable {

    /** Runs one statement to its end: all its rows. */
    List<Record> run(String statement, Map<String, Object> parameters);

    void commit();

    /** Rolls back unless committed. */
    @Override
    void close();

    /** These statements for the link projection, which is kept current in this transaction. */
    default LinkProjection.Statements statements() {
        return (statement, parameters) -> run(statement, parameters).stream().map(Record::asMap).toList();
    }

    static ImportTransaction overDriver(Driver driver) {
        Session session = driver.session();
        Transaction tx;
        try {
            tx = session.beginTransaction();
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        return new ImportTransaction() {
            @Override
            public List<Record> run(String statement, Map<String, Object> parameters) {
                return tx.run(statement, parameters).list();
            }

            @Override
            public void commit() {
                tx.commit();
            }

            @Override
            public void close() {
                try (session) {
                    tx.close();
                }
            }
        };
    }

    static ImportTransaction inProcess(GraphDatabaseService database) {
        InProcessTransaction tx = InProcessTransaction.begin(database);
        return new ImportTransaction() {
            @Override
            public List<Record> run(String statement, Map<String, Object> parameters) {
                return tx.run(statement, parameters);
            }

            @Override
            public void commit() {
                tx.commit();
            }

            @Override
            public void close() {
                tx.close();
            }
        };
    }
}
