package org.orggraph.importer;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Merges a {@link GraphBatch} into the graph with batched {@code UNWIND … MERGE} on ids: loading the same
 * batch twice changes nothing. Each batch of rows is its own write transaction, so a long load keeps memory
 * flat and reports its progress.
 */
@Component
public class BulkLoader {

    private static final Logger log = LoggerFactory.getLogger(BulkLoader.class);
    static final int DEFAULT_BATCH_SIZE = 10_000;

    private final Driver driver;
    private final int batchSize;

    @Autowired
    public BulkLoader(Driver driver) {
        this(driver, DEFAULT_BATCH_SIZE);
    }

    BulkLoader(Driver driver, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        this.driver = driver;
        this.batchSize = batchSize;
    }

    /** For benchmarks and big imports that want other transaction sizes. */
    public static BulkLoader withBatchSize(Driver driver, int batchSize) {
        return new BulkLoader(driver, batchSize);
    }

    public record LoadReport(long nodes, long relationships, long millis) {
        public long rowsPerSecond() {
            return millis == 0 ? nodes + relationships : (nodes + relationships) * 1000 / millis;
        }
    }

    public LoadReport load(GraphBatch batch) {
        long started = System.nanoTime();
        long total = batch.nodeCount() + (long) batch.relationshipCount();
        Progress progress = new Progress(total, started);
        try (Session session = driver.session(SessionConfig.defaultConfig())) {
            batch.nodes().forEach((group, rows) -> send(session, nodeStatement(group), rows, progress));
            batch.relationships().forEach((group, rows) -> send(session, relationshipStatement(group), rows, progress));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LoadReport report = new LoadReport(batch.nodeCount(), batch.relationshipCount(), millis);
        log.info("Loaded {} nodes and {} relationships in {} ms ({} rows/s)", report.nodes(), report.relationships(),
                millis, report.rowsPerSecond());
        return report;
    }

    static String nodeStatement(GraphBatch.NodeGroup group) {
        String extra = group.extraLabels().stream().map(l -> " SET n:" + l.cypher()).sorted().collect(Collectors.joining());
        return "UNWIND $rows AS row MERGE (n:" + group.label().cypher() + " {id: row.id}) SET n += row.props" + extra;
    }

    static String relationshipStatement(GraphBatch.RelGroup group) {
        return "UNWIND $rows AS row"
                + " MATCH (a:" + group.from().cypher() + " {id: row.from})"
                + " MATCH (b:" + group.to().cypher() + " {id: row.to})"
                + " MERGE (a)-[r:" + group.type().cypher() + "]->(b) SET r += row.props"
                + " RETURN count(r) AS merged";
    }

    private void send(Session session, String statement, List<Map<String, Object>> rows, Progress progress) {
        boolean relationships = statement.contains("RETURN count(r)");
        for (int from = 0; from < rows.size(); from += batchSize) {
            List<Map<String, Object>> slice = rows.subList(from, Math.min(rows.size(), from + batchSize));
            session.executeWriteWithoutResult(tx -> {
                var result = tx.run(statement, Map.of("rows", slice));
                // A relationship whose end is missing would silently vanish in MATCH: refuse the whole batch instead.
                if (relationships) {
                    long merged = result.single().get(0).asLong();
                    if (merged != slice.size()) {
                        throw new IllegalArgumentException("Only " + merged + " of " + slice.size()
                                + " relationships found both their nodes; nothing of this batch was written ("
                                + statement + ")");
                    }
                } else {
                    result.consume();
                }
            });
            progress.advance(slice.size());
        }
    }

    /** Logs rows/s at most every few seconds so a big load shows it is alive. */
    private static final class Progress {
        private final long total;
        private final long started;
        private long done;
        private long lastLog;

        Progress(long total, long started) {
            this.total = total;
            this.started = started;
            this.lastLog = started;
        }

        void advance(long rows) {
            done += rows;
            long now = System.nanoTime();
            if (now - lastLog > 5_000_000_000L) {
                lastLog = now;
                long rate = done * 1_000_000_000L / Math.max(1, now - started);
                log.info("Loading: {} of {} rows ({} rows/s)", done, total, rate);
            }
        }
    }
}
