package org.orggraph.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.RetryableException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.orggraph.graph.EmbeddedNeo4j;
import org.orggraph.graph.EmbeddedNeo4jProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Merges a {@link GraphBatch} into the graph with batched {@code UNWIND … MERGE} on ids: loading the same
 * batch twice changes nothing. What the batch says is new is created instead ({@code UNWIND … CREATE}), without
 * the merge's lookup and lock of an existing match. Each batch of rows is its own write transaction, so a long load keeps memory
 * flat and reports its progress.
 *
 * <p>All nodes are merged before any relationship. Within each phase the groups (one statement each) run on
 * several workers, biggest first: on a fresh JVM most of a load's time is Cypher planning of the ~100 distinct
 * statements, which parallelizes well. Relationship groups whose ends share nodes do not run at the same time
 * ({@link DisjointTasks}): their merges would deadlock on those nodes, and each retry logged a stack trace.
 *
 * <p>With the embedded database started in this process, {@link #load} writes in-process
 * ({@code GraphDatabaseService.beginTx()}) instead of over Bolt, and so does the import's one transaction
 * ({@link #beginTransaction}): the rows are not packed into Bolt messages and unpacked again on loopback (measured
 * in docs/benchmarks.md). Against a remote database, or the running app's when a command talks to it, it uses the
 * driver.
 */
@Component
public class BulkLoader {

    private static final Logger log = LoggerFactory.getLogger(BulkLoader.class);
    static final int DEFAULT_BATCH_SIZE = 10_000;

    /** How often a slice written in-process is tried again after a transient failure (a deadlock, say). */
    private static final int IN_PROCESS_ATTEMPTS = 5;

    private final Driver driver;
    /** The embedded database when it runs in this process, else null: then every write goes over the driver. */
    private final Supplier<GraphDatabaseService> inProcess;
    private final int batchSize;
    private final int workers;

    /**
     * In-process when the embedded database runs in this process and {@code orggraph.embedded.write-path} is
     * in-process (the default), else over {@code driver}.
     */
    @Autowired
    public BulkLoader(Driver driver, ObjectProvider<EmbeddedNeo4j> embedded, EmbeddedNeo4jProperties properties) {
        this(driver, properties.writePath() == EmbeddedNeo4jProperties.Access.IN_PROCESS ? inProcess(embedded)
                : () -> null, DEFAULT_BATCH_SIZE, defaultWorkers());
    }

    /** Over the driver only, also when the database runs in this process. */
    public BulkLoader(Driver driver) {
        this(driver, () -> null, DEFAULT_BATCH_SIZE, defaultWorkers());
    }

    BulkLoader(Driver driver, int batchSize, int workers) {
        this(driver, () -> null, batchSize, workers);
    }

    BulkLoader(Driver driver, Supplier<GraphDatabaseService> inProcess, int batchSize, int workers) {
        if (batchSize < 1 || workers < 1) {
            throw new IllegalArgumentException("batch size and workers must be positive");
        }
        this.driver = driver;
        this.inProcess = inProcess;
        this.batchSize = batchSize;
        this.workers = workers;
    }

    /** For benchmarks and big imports that want other transaction sizes or parallelism (over the driver). */
    public static BulkLoader with(Driver driver, int batchSize, int workers) {
        return new BulkLoader(driver, batchSize, workers);
    }

    /** The same, writing in-process into {@code database} (the embedded one). */
    public static BulkLoader inProcess(Driver driver, GraphDatabaseService database, int batchSize, int workers) {
        return new BulkLoader(driver, () -> database, batchSize, workers);
    }

    private static Supplier<GraphDatabaseService> inProcess(ObjectProvider<EmbeddedNeo4j> embedded) {
        return () -> {
            EmbeddedNeo4j neo4j = embedded.getIfAvailable();
            return neo4j != null && neo4j.started() ? neo4j.database() : null;
        };
    }

    private static int defaultWorkers() {
        return Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    public record LoadReport(long nodes, long relationships, long millis) {
        public long rowsPerSecond() {
            return millis == 0 ? nodes + relationships : (nodes + relationships) * 1000 / millis;
        }
    }

    public LoadReport load(GraphBatch batch) {
        return load(batch, fraction -> { });
    }

    /** The same, telling {@code fractionDone} the share of rows written so far after each transaction. */
    public LoadReport load(GraphBatch batch, java.util.function.DoubleConsumer fractionDone) {
        return load(batch, fractionDone, false);
    }

    /**
     * The same, and the batch is used up: the rows of each transaction are let go once it committed (the counts stay).
     * For the reference data, whose generated rows are most of the heap at scale 100 (about 6 GB): held to the end of
     * the load, they kept a 10 GB heap full for its whole half hour (docs/benchmarks.md, Scale 100).
     */
    public LoadReport loadOnce(GraphBatch batch, java.util.function.DoubleConsumer fractionDone) {
        return load(batch, fractionDone, true);
    }

    private LoadReport load(GraphBatch batch, java.util.function.DoubleConsumer fractionDone, boolean release) {
        long started = System.nanoTime();
        Progress progress = new Progress(batch.nodeCount() + (long) batch.relationshipCount(), started, fractionDone);
        List<Task> nodeTasks = nodeTasks(batch);
        List<Task> relationshipTasks = relationshipTasks(batch);
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "bulk-loader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            // node groups lock nothing the others lock: all keys empty, all run side by side
            new DisjointTasks<>(biggestFirst(nodeTasks), Task::ends).runAll(pool, workers, task -> send(task, progress, release));
            log.info("Loaded {} nodes in {} ms", batch.nodeCount(), (System.nanoTime() - started) / 1_000_000);
            Map<String, String> families = labelFamilies(batch);
            new DisjointTasks<>(biggestFirst(relationshipTasks), task -> task.ends().stream()
                    .map(label -> families.getOrDefault(label, label)).collect(Collectors.toSet()))
                    .runAll(pool, workers, task -> send(task, progress, release));
        } finally {
            pool.shutdownNow();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LoadReport report = new LoadReport(batch.nodeCount(), batch.relationshipCount(), millis);
        log.info("Loaded {} nodes and {} relationships in {} ms ({} rows/s, {} workers, {})", report.nodes(),
                report.relationships(), millis, report.rowsPerSecond(), workers,
                inProcess.get() != null ? "in-process" : "over Bolt");
        return report;
    }

    /**
     * Merges the whole batch inside the caller's transaction, nodes first, in slices of the batch size: the import
     * commits it with its change record or not at all. {@code progress} hears the rows of each slice. The batch is
     * used up: the rows of each slice are let go once sent, so a big import does not hold them twice.
     */
    LoadReport loadInTransaction(GraphBatch batch, ImportTransaction tx, LongConsumer progress) {
        long started = System.nanoTime();
        nodeTasks(batch).forEach(task -> sendAll(task, tx, progress));
        relationshipTasks(batch).forEach(task -> sendAll(task, tx, progress));
        return new LoadReport(batch.nodeCount(), batch.relationshipCount(), (System.nanoTime() - started) / 1_000_000);
    }

    private void sendAll(Task task, ImportTransaction tx, LongConsumer progress) {
        List<Map<String, Object>> rows = task.rows();
        for (int from = 0; from < rows.size(); from += batchSize) {
            List<Map<String, Object>> slice = rows.subList(from, Math.min(rows.size(), from + batchSize));
            checkWritten(task, slice, tx.run(task.statement(), Map.of("rows", slice)));
            progress.accept(slice.size());
            // Written into the transaction's state (the driver's: also its own copy of what it sent): ours can go.
            Collections.fill(slice, null);
        }
    }

    /**
     * One transaction for {@link #loadInTransaction}: in-process when the embedded database runs in this process,
     * else the driver's.
     */
    ImportTransaction beginTransaction() {
        GraphDatabaseService database = inProcess.get();
        return database != null ? ImportTransaction.inProcess(database) : ImportTransaction.overDriver(driver);
    }

    /**
     * A relationship whose end is missing would silently vanish in MATCH: refuse the batch instead. {@code result}:
     * what the slice's statement answered, on any of the three ways of sending (a relationship statement answers
     * one row, its merged count; a node statement none).
     */
    private static void checkWritten(Task task, List<Map<String, Object>> slice, List<Record> result) {
        if (!task.relationships()) {
            return;
        }
        long merged = result.get(0).get("merged").asLong();
        if (merged != slice.size()) {
            throw new IllegalArgumentException("Only " + merged + " of " + slice.size()
                    + " relationships found both their nodes; nothing of this batch was written ("
                    + task.statement() + ")");
        }
    }

    /** {@code ends}: the labels of the nodes a relationship statement locks (none for a node statement). */
    private record Task(String statement, List<Map<String, Object>> rows, boolean relationships, Set<String> ends) {
    }

    private static List<Task> biggestFirst(List<Task> tasks) {
        return tasks.stream().sorted(Comparator.comparingInt((Task t) -> t.rows().size()).reversed()).toList();
    }

    /**
     * Each label of the batch's nodes mapped to one label standing for all labels that share nodes with it (a
     * member is a Person and a Member): two relationship groups whose ends are in the same family may lock the same
     * nodes, so they do not run at the same time.
     */
    static Map<String, String> labelFamilies(GraphBatch batch) {
        Map<String, String> family = new HashMap<>();
        for (GraphBatch.NodeGroup group : batch.nodes().keySet()) {
            List<String> labels = new ArrayList<>();
            labels.add(group.label().cypher());
            group.extraLabels().forEach(label -> labels.add(label.cypher()));
            String root = root(family, labels.get(0));
            for (String label : labels) {
                String other = root(family, label);
                if (!other.equals(root)) {
                    family.put(other, root);
                }
            }
        }
        Map<String, String> roots = new HashMap<>();
        family.keySet().forEach(label -> roots.put(label, root(family, label)));
        return roots;
    }

    private static String root(Map<String, String> family, String label) {
        family.putIfAbsent(label, label);
        String at = label;
        while (!family.get(at).equals(at)) {
            at = family.get(at);
        }
        return at;
    }

    private static List<Task> nodeTasks(GraphBatch batch) {
        List<Task> tasks = new ArrayList<>();
        batch.nodes().forEach((group, rows) -> tasks.add(new Task(nodeStatement(group), rows, false, Set.of())));
        batch.newNodes().forEach((group, rows) -> tasks.add(new Task(newNodeStatement(group), rows, false, Set.of())));
        return tasks;
    }

    /** The labels whose nodes a relationship statement locks: tasks sharing one must not run at the same time. */
    private static Set<String> ends(GraphBatch.RelGroup group) {
        return Set.copyOf(List.of(group.from().cypher(), group.to().cypher()));
    }

    private static List<Task> relationshipTasks(GraphBatch batch) {
        List<Task> tasks = new ArrayList<>();
        batch.relationships().forEach((group, rows) -> tasks.add(new Task(relationshipStatement(group), rows, true,
                ends(group))));
        batch.newRelationships().forEach((group, rows) -> tasks.add(
                new Task(newRelationshipStatement(group), rows, true, ends(group))));
        return tasks;
    }

    static String newNodeStatement(GraphBatch.NodeGroup group) {
        String labels = group.extraLabels().stream().map(l -> ":" + l.cypher()).sorted().collect(Collectors.joining());
        return "UNWIND $rows AS row CREATE (n:" + group.label().cypher() + labels + " {id: row.id}) SET n += row.props";
    }

    static String newRelationshipStatement(GraphBatch.RelGroup group) {
        return "UNWIND $rows AS row"
                + " MATCH (a:" + group.from().cypher() + " {id: row.from})"
                + " MATCH (b:" + group.to().cypher() + " {id: row.to})"
                + " CREATE (a)-[r:" + group.type().cypher() + "]->(b) SET r += row.props"
                + " RETURN count(r) AS merged";
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

    private void send(Task task, Progress progress, boolean release) {
        GraphDatabaseService database = inProcess.get();
        if (database != null) {
            sendInProcess(database, task, progress, release);
            return;
        }
        List<Map<String, Object>> rows = task.rows();
        try (Session session = driver.session()) {
            for (int from = 0; from < rows.size(); from += batchSize) {
                List<Map<String, Object>> slice = rows.subList(from, Math.min(rows.size(), from + batchSize));
                session.executeWriteWithoutResult(tx -> checkWritten(task, slice, tx.run(task.statement(), Map.of("rows", slice)).list()));
                progress.advance(slice.size());
                if (release) {
                    Collections.fill(slice, null);
                }
            }
        }
    }

    private void sendInProcess(GraphDatabaseService database, Task task, Progress progress, boolean release) {
        List<Map<String, Object>> rows = task.rows();
        for (int from = 0; from < rows.size(); from += batchSize) {
            List<Map<String, Object>> slice = rows.subList(from, Math.min(rows.size(), from + batchSize));
            for (int attempt = 1; ; attempt++) {
                try {
                    writeInProcess(database, task, slice);
                    break;
                } catch (RuntimeException e) {
                    // What the driver's executeWrite retries: a transient failure; the rest is the caller's to see.
                    if (attempt == IN_PROCESS_ATTEMPTS || !isTransient(e)) {
                        throw e;
                    }
                    log.debug("Retrying a slice of {} after {}", task.statement(), e.toString());
                }
            }
            progress.advance(slice.size());
            if (release) {
                // committed: a retry can no longer need them
                Collections.fill(slice, null);
            }
        }
    }

    private static void writeInProcess(GraphDatabaseService database, Task task, List<Map<String, Object>> slice) {
        try (ImportTransaction tx = ImportTransaction.inProcess(database)) {
            checkWritten(task, slice, tx.run(task.statement(), Map.of("rows", slice)));
            tx.commit();
        }
    }

    private static boolean isTransient(RuntimeException e) {
        // the in-process transaction fails with the driver's exception of the database's status code
        return e instanceof RetryableException;
    }

    /** Tells the caller the share done; logs rows/s at most every few seconds at DEBUG. */
    private static final class Progress {
        private final long total;
        private final long started;
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong lastLog;
        private final java.util.function.DoubleConsumer fractionDone;

        Progress(long total, long started, java.util.function.DoubleConsumer fractionDone) {
            this.total = total;
            this.started = started;
            this.lastLog = new AtomicLong(started);
            this.fractionDone = fractionDone;
        }

        void advance(long rows) {
            long doneNow = done.addAndGet(rows);
            fractionDone.accept((double) doneNow / Math.max(1, total));
            long now = System.nanoTime();
            long last = lastLog.get();
            if (now - last > 5_000_000_000L && lastLog.compareAndSet(last, now)) {
                long rate = doneNow * 1_000_000_000L / Math.max(1, now - started);
                // one line per loader phase at INFO (nodes, then everything); this one for who debugs a slow load
                log.debug("Loading: {} of {} rows ({} rows/s)", doneNow, total, rate);
            }
        }
    }
}
