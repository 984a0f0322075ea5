package org.orggraph.importer;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.orggraph.graph.EmbeddedNeo4j;

/**
 * How much of the heap the one transaction of an import may hold when the {@code import} command has opened the
 * embedded database in its own process. An import is one transaction, all or nothing, and its transaction state
 * grows with the rows (3–5 KB per row of ImportBenchmark: the node or relationship, its properties
 * and the entries of each index they are in). The app keeps {@code db.memory.transaction.max} at 512 MB, as many
 * requests share its heap; the command's process runs nothing but this one transaction, so it may take most of
 * the heap ({@value #SHARE_PERCENT} %), and never less than the app's limit. Neo4j reads the limit when a
 * transaction begins; both settings are dynamic.
 */
final class CommandTransactionMemory {

    static final int SHARE_PERCENT = 75;

    private CommandTransactionMemory() {
    }

    /** The limit for a heap of at most {@code maxHeap} bytes under a server limit of {@code serverLimit} bytes. */
    static long limit(long maxHeap, long serverLimit) {
        return Math.max(serverLimit, maxHeap / 100 * SHARE_PERCENT);
    }

    /** Raises the limit of every transaction of the command's database (and of all together) to {@link #limit}. */
    static long widen(EmbeddedNeo4j neo4j) {
        Config config = ((GraphDatabaseAPI) neo4j.database()).getDependencyResolver().resolveDependency(Config.class);
        long limit = limit(Runtime.getRuntime().maxMemory(), config.get(GraphDatabaseSettings.memory_transaction_max_size));
        config.setDynamic(GraphDatabaseSettings.memory_transaction_global_max_size, limit, "import command");
        config.setDynamic(GraphDatabaseSettings.memory_transaction_max_size, limit, "import command");
        return limit;
    }
}
