package org.orggraph.graph;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.neo4j.common.DependencyResolver;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.kernel.api.KernelTransactionHandle;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.api.net.NetworkConnectionTracker;
import org.neo4j.kernel.impl.api.KernelTransactions;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Terminates the embedded database's transactions whose Bolt connection is gone. Neo4j notices a closed connection
 * only when it next talks to it: a statement waiting for a lock or still computing would run on until it ends or times
 * out. When a GraphQL client goes away, the app closes the request's driver connection (api/ClientDisconnects); every
 * {@value #PERIOD_MILLIS} ms this finds the transactions of connections Neo4j no longer tracks and marks them for
 * termination, which Neo4j acts on at once (a lock wait included). In remote mode the server is on its own.
 */
@Component
class OrphanedTransactions {

    private static final Logger log = LoggerFactory.getLogger(OrphanedTransactions.class);
    static final long PERIOD_MILLIS = 250;

    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private final ScheduledExecutorService reaper = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "orggraph-orphaned-transactions");
        thread.setDaemon(true);
        return thread;
    });

    OrphanedTransactions(ObjectProvider<EmbeddedNeo4j> embedded) {
        this.embedded = embedded;
        reaper.scheduleWithFixedDelay(this::terminateOrphans, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    void terminateOrphans() {
        try {
            EmbeddedNeo4j database = embedded.getIfAvailable();
            if (database == null || !database.started()) {
                return;
            }
            DependencyResolver resolver = ((GraphDatabaseAPI) database.database()).getDependencyResolver();
            NetworkConnectionTracker connections = resolver.resolveDependency(NetworkConnectionTracker.class);
            for (KernelTransactionHandle transaction : resolver.resolveDependency(KernelTransactions.class)
                    .activeTransactions()) {
                String connection = transaction.clientInfo().map(ClientConnectionInfo::connectionId).orElse(null);
                // In-process transactions have no connection; a Bolt one still tracked has its client.
                if (connection != null && connections.get(connection) == null && !transaction.isClosing()
                        && transaction.markForTermination(Status.Transaction.Terminated)) {
                    log.info("Terminated a transaction of the closed Bolt connection {}", connection);
                }
            }
        } catch (RuntimeException e) {
            // The database stops or starts: next time.
            log.debug("Could not look for orphaned transactions: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        reaper.shutdownNow();
    }
}
