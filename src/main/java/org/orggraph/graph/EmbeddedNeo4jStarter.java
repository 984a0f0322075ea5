package org.orggraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Neo4j in this process with Bolt on loopback and authentication on. Neo4j's own HTTP server stays off:
 * its Jetty/Jersey would clash with Spring's web stack, and Spring serves Browser itself.
 */
final class EmbeddedNeo4jStarter {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jStarter.class);

    private final EmbeddedNeo4jProperties properties;
    private final ProcedureRegistrar procedures;

    EmbeddedNeo4jStarter(EmbeddedNeo4jProperties properties, ProcedureRegistrar procedures) {
        this.properties = properties;
        this.procedures = procedures;
    }

    EmbeddedNeo4j.Running start() {
        long started = System.nanoTime();
        // Before anything is written: a taken port or a locked store must not leave a new data dir behind.
        StoreChecks.run(properties);
        // The store, Neo4j's logs and the credentials are the owner's only: the folders before anything is in them.
        OwnerOnly.folder(properties.dataDir());
        OwnerOnly.folder(logsDir());
        EmbeddedCredentials credentials = EmbeddedCredentials.resolve(properties);
        try {
            Files.createDirectories(properties.importDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data dir " + properties.dataDir().toAbsolutePath(), e);
        }
        CommandLineSecrets.redactJavaCommand();
        // Community, but every Neo4j user other than the app's reads only (ReadOnlyBoltUsers).
        DatabaseManagementService dms = new EditionWithReadOnlyUsers.Builder(properties.dataDir().toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPort()))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*", "gds.*"))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                .setConfig(ServerSettings.allow_telemetry, false)
                // Browser's remote guides (:play https://…) from nowhere but this machine; closed networks.
                .setConfig(ServerSettings.browser_remote_content_hostname_whitelist, "localhost")
                // LOAD CSV may read files only below <data-dir>/import, never the rest of the machine.
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, properties.importDir())
                .setConfig(containmentSettings())
                .setConfig(GraphDatabaseSettings.logs_directory, logsDir())
                .build();
        // Neo4j creates its log files with the process's umask; the folder already keeps others out.
        OwnerOnly.filesIn(logsDir());
        try {
            GraphDatabaseService database = dms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            setPassword(dms, credentials);
            int port = boltPort(database);
            // Commands started while this database runs (import, cypher) find its Bolt port here.
            writeBoltPort(port);
            log.info("Embedded Neo4j is up in {} ms: bolt://127.0.0.1:{} (user '{}'), data in {}",
                    (System.nanoTime() - started) / 1_000_000, port, credentials.username(),
                    properties.dataDir().toAbsolutePath());
            return new EmbeddedNeo4j.Running(dms, database, port, credentials);
        } catch (RuntimeException e) {
            // Neo4j's threads would otherwise keep the JVM alive after a failed start.
            dms.shutdown();
            throw e;
        }
    }

    /** APOC and GDS, once the database is up; a separate start-up phase, as it takes a second or two. */
    ProcedureRegistrar.Registered registerProcedures(GraphDatabaseService database) {
        return procedures.register((GraphDatabaseAPI) database);
    }

    /**
     * No way out of the database, and no transaction that eats the heap: Cypher may fetch no URL (LOAD CSV FROM
     * 'http://…' and every procedure that checks URLs through Neo4j is refused for every address), and a
     * transaction may hold at most {@value #TRANSACTION_MEMORY} of memory. APOC's URL loaders and exporters are
     * not registered at all ({@link ProcedureRegistrar#EXCLUDED_PACKAGES}); all transactions together at most
     * {@value #TOTAL_TRANSACTION_MEMORY}.
     */
    static Map<org.neo4j.graphdb.config.Setting<?>, Object> containmentSettings() {
        return Map.of(
                GraphDatabaseInternalSettings.cypher_ip_blocklist,
                List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")),
                GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.parse(TRANSACTION_MEMORY),
                GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.parse(TOTAL_TRANSACTION_MEMORY));
    }

    static final String TRANSACTION_MEMORY = "512m";
    /**
     * All transactions together ({@code db.memory.transaction.total.max}): half of the 1 GB heap advised at scale 1,
     * so that concurrent big reads are refused by Neo4j instead of running the JVM out of memory.
     */
    static final String TOTAL_TRANSACTION_MEMORY = "512m";

    /** Neo4j's own logs: debug.log, query.log, security.log. */
    private java.nio.file.Path logsDir() {
        return properties.dataDir().toAbsolutePath().resolve("logs");
    }

    private void writeBoltPort(int port) {
        try {
            Files.writeString(properties.boltPortFile(), port + "\n");
        } catch (IOException e) {
            log.warn("Cannot write {}: commands will not find this database's Bolt port", properties.boltPortFile(), e);
        }
    }

    private static int boltPort(GraphDatabaseService database) {
        return ((GraphDatabaseAPI) database).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
    }

    private static void setPassword(DatabaseManagementService dms, EmbeddedCredentials credentials) {
        GraphDatabaseService system = dms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", credentials.password()));
        } catch (RuntimeException e) {
            // A restart with the same password is the normal case, and Neo4j reports it as an error.
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }
}
