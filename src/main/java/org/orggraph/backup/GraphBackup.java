package org.orggraph.backup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.orggraph.api.CypherFiles;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the whole graph into one backup file ({@link BackupFile}) from one read transaction, so that it works the
 * same on a running OrgGraph (over Bolt) and on a stopped one (the embedded store opened by the command).
 * <p>
 * Why a logical backup: Neo4j Community has no online backup, and its offline dump ({@code neo4j-admin database
 * dump}) needs the database stopped and gives a store only the same Neo4j version loads. Neo4j reads with read
 * committed isolation, though, so one read transaction alone is not one point in time while writes go on: the node
 * and relationship counts, which every write of the app changes, are read before and after, and when they differ
 * the backup is read again (up to {@value #ATTEMPTS} times) rather than kept half old, half new.
 */
public final class GraphBackup {

    static final int ATTEMPTS = 5;
    /** Long enough for any graph this app holds; a backup is no client request to be cut short. */
    private static final Duration TIMEOUT = Duration.ofHours(2);

    private final Driver driver;
    private final CypherFiles cypher;
    private final JsonMapper json = JsonMapper.builder().build();

    public GraphBackup(Driver driver, CypherFiles cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    /** What was written, and after how many reads (a write of the app during a read makes it read again). */
    public record Summary(long nodes, long relationships, int attempts) {
    }

    /**
     * Writes the backup to {@code file} (owner-only: it holds personal data), first under a temporary name beside it,
     * so that a failed backup never leaves a partial file under the name.
     *
     * @param schema the schema version of the database, kept in the header for the restore
     */
    public Summary write(Path file, String schema) {
        Path part = file.toAbsolutePath().resolveSibling(file.getFileName() + ".part");
        try {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                List<Long> before = writeMark();
                long[] counts = writeOnce(part, schema);
                if (before.equals(writeMark())) {
                    Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    return new Summary(counts[0], counts[1], attempt);
                }
            }
            throw new IllegalStateException("writes kept committing during each of " + ATTEMPTS + " attempts to read"
                    + " the graph at one point in time; back up at a quieter moment");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // Only the temporary file of a failed backup is left behind.
            }
        }
    }

    private long[] writeOnce(Path part, String schema) throws IOException {
        Files.deleteIfExists(part);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(part, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        SessionConfig read = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
        TransactionConfig config = TransactionConfig.builder().withTimeout(TIMEOUT)
                .withMetadata(Map.of("app", "orggraph backup")).build();
        try (Session session = driver.session(read); Transaction tx = session.beginTransaction(config);
                Writer out = new BufferedWriter(new OutputStreamWriter(
                        new GZIPOutputStream(Files.newOutputStream(part), 1 << 16), StandardCharsets.UTF_8))) {
            line(out, BackupFile.header(schema, OffsetDateTime.now()));
            // The number of each node in the file, by its element id: relationships name their ends by it.
            Map<String, Long> numbers = new HashMap<>();
            Result nodes = tx.run(cypher.load("backup/nodes"));
            while (nodes.hasNext()) {
                Record r = nodes.next();
                numbers.put(r.get("key").asString(), (long) numbers.size());
                ObjectNode node = json.createObjectNode();
                node.set(BackupFile.LABELS, json.valueToTree(r.get("labels").asList(v -> v.asString())));
                node.set(BackupFile.PROPERTIES, BackupValues.toJson(r.get("props").asMap(v -> v)));
                line(out, node);
            }
            long relationships = 0;
            Result rels = tx.run(cypher.load("backup/relationships"));
            while (rels.hasNext()) {
                Record r = rels.next();
                Long from = numbers.get(r.get("from").asString());
                Long to = numbers.get(r.get("to").asString());
                if (from == null || to == null) {
                    // An end the node scan did not see: the migrations' bookkeeping, or a write during the read
                    // (then the before/after check reads again).
                    continue;
                }
                ObjectNode rel = json.createObjectNode();
                rel.put(BackupFile.TYPE, r.get("type").asString());
                rel.put(BackupFile.FROM, from);
                rel.put(BackupFile.TO, to);
                rel.set(BackupFile.PROPERTIES, BackupValues.toJson(r.get("props").asMap(v -> v)));
                line(out, rel);
                relationships++;
            }
            line(out, BackupFile.footer(numbers.size(), relationships));
            return new long[] {numbers.size(), relationships};
        }
    }

    private void line(Writer out, ObjectNode object) throws IOException {
        out.write(json.writeValueAsString(object));
        out.write('\n');
    }

    /**
     * What changes with every write of the app: the node and relationship counts (each write adds a change event or
     * an audit entry). Neo4j Community has no last committed transaction id to ask for ({@code SHOW DATABASES}
     * answers {@code lastCommittedTxn} null), so a change of properties alone, made past the app over Bolt, goes
     * unseen.
     */
    private List<Long> writeMark() {
        Record r = driver.executableQuery(cypher.load("backup/write-mark")).execute().records().get(0);
        return List.of(r.get("nodes").asLong(), r.get("relationships").asLong());
    }
}
