package org.orggraph.graph;

import java.net.URI;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * The in-process database. The bean exists from the start of the context, but Neo4j itself is started by the
 * {@code database} start-up phase, after the web server is up ({@link DatabaseStartup}), or at once by the
 * {@code cypher} command; until then everything that needs it is refused with the driver's "service unavailable".
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    /** The running database: its management service, the default database and where Bolt listens. */
    record Running(DatabaseManagementService managementService, GraphDatabaseService database, int boltPort,
            EmbeddedCredentials credentials) {
    }

    private final EmbeddedNeo4jStarter starter;
    private volatile Running running;
    private boolean closed;

    EmbeddedNeo4j(EmbeddedNeo4jStarter starter) {
        this.starter = starter;
    }

    /** Starts Neo4j (the store, Bolt, the password) unless it runs already. */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("The embedded database has been shut down");
        }
        if (running == null) {
            running = starter.start();
        }
    }

    /** Registers APOC and GDS with the started database; returns what was registered, for the start-up log. */
    public String registerProcedures() {
        var registered = starter.registerProcedures(running().database());
        return registered.procedureClasses() + " procedure classes and " + registered.functionClasses()
                + " function classes of APOC and GDS";
    }

    public boolean started() {
        return running != null;
    }

    public DatabaseManagementService managementService() {
        return running().managementService();
    }

    public GraphDatabaseService database() {
        return running().database();
    }

    public int boltPort() {
        return running().boltPort();
    }

    public EmbeddedCredentials credentials() {
        return running().credentials();
    }

    public URI boltUri() {
        return URI.create("bolt://127.0.0.1:" + boltPort());
    }

    private Running running() {
        Running now = running;
        if (now == null) {
            throw new ServiceUnavailableException("The embedded Neo4j is still starting");
        }
        return now;
    }

    /** Called by Spring after the driver and everything using it are closed; waits for a start under way. */
    @Override
    public synchronized void close() {
        closed = true;
        if (running != null) {
            running.managementService().shutdown();
            running = null;
        }
    }
}
