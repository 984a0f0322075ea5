package org.orggraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.orggraph.heshan.HeshanGenerator;
import org.orggraph.importer.BulkLoader;
import org.orggraph.importer.GraphBatch;

/**
 * Loads the Heshan reference data into fresh embedded databases and prints rows/s, several configurations side by
 * side in one run (these machines are noisy: compare within a run, not across runs). Not part of the test suite:
 * {@code ./mvnw -B test -Pbench}.
 */
@Tag("bench")
class LoadBenchmark {

    @Test
    void loadTheHeshanDataIntoFreshDatabases() throws Exception {
        int scale = Integer.getInteger("bench.scale", 1);
        long t0 = System.nanoTime();
        GraphBatch batch = new HeshanGenerator().generate(scale);
        long generateMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("%nHeshan scale %d: %d nodes, %d relationships, generated in %d ms%n", scale,
                batch.nodeCount(), batch.relationshipCount(), generateMs);

        // The same rows all marked new: what the first start loads into its empty database (CREATE, not MERGE).
        GraphBatch fresh = new HeshanGenerator().generate(scale).allNew();
        List<String> lines = new ArrayList<>();
        // batch size, workers, in-process (1) or over Bolt (0), all new (1) or merged (0); the first run is the
        // cold JVM's, then each way of writing once
        int[][] configs = {{10_000, 2, 0, 0}, {10_000, 2, 0, 0}, {10_000, 2, 1, 0}, {10_000, 2, 0, 1},
            {10_000, 2, 1, 1}};
        for (int run = 0; run < configs.length; run++) {
            Path dir = Files.createTempDirectory("orggraph-bench");
            DatabaseManagementService dms = new DatabaseManagementServiceBuilder(dir)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse("512m"))
                    .build();
            try {
                int port = ((GraphDatabaseAPI) dms.database("neo4j")).getDependencyResolver()
                        .resolveDependency(ConnectorPortRegister.class).getLocalAddress(ConnectorType.BOLT).getPort();
                try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port)) {
                    new Migrations(MigrationsConfig.builder().withLocationsToScan("classpath:neo4j/migrations")
                            .withPackagesToScan().build(), driver).apply();
                    int[] config = configs[run];
                    BulkLoader loader = config[2] == 1
                            ? BulkLoader.inProcess(driver, dms.database("neo4j"), config[0], config[1])
                            : BulkLoader.with(driver, config[0], config[1]);
                    var report = loader.load(config[3] == 1 ? fresh : batch);
                    lines.add(String.format("run %d  batch size %6d  workers %d  %-10s  %-7s %7d ms  %8d rows/s%s",
                            run + 1, config[0], config[1], config[2] == 1 ? "in-process" : "over Bolt",
                            config[3] == 1 ? "CREATE" : "MERGE", report.millis(), report.rowsPerSecond(),
                            run == 0 ? "  (cold JVM)" : ""));
                }
            } finally {
                dms.shutdown();
            }
        }
        System.out.println(String.join(System.lineSeparator(), lines));
    }
}
