package org.orggraph.backup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.orggraph.api.CypherFiles;
import tools.jackson.databind.JsonNode;

/**
 * Writes a backup file ({@link BackupFile}) into a database: every node with its labels and properties, every
 * relationship between them. The whole file is read and checked first, so a broken or cut-short file writes
 * nothing. The nodes and relationships are then created in transactions of {@value #BATCH} rows, as a graph of any
 * size must not have to fit into one transaction's memory; should the database fail in the middle, the restore
 * says so and is run again with {@code --force}.
 */
public final class GraphRestore {

    static final int BATCH = 5000;

    private final Driver driver;
    private final CypherFiles cypher;

    public GraphRestore(Driver driver, CypherFiles cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    /** Reads a whole backup file to check it; writes nothing. */
    BackupFile.Contents check(Path file) {
        return BackupFile.check(file);
    }

    /** The nodes (but the migrations' bookkeeping) and relationships of the database. */
    public GraphSize size() {
        Record r = driver.executableQuery(cypher.load("backup/graph-size")).execute().records().get(0);
        return new GraphSize(r.get("nodes").asLong(), r.get("relationships").asLong());
    }

    /** Deletes the whole graph but the schema migrations' bookkeeping. */
    public void clear() {
        try (Session session = driver.session()) {
            // CALL … IN TRANSACTIONS needs an auto-commit transaction.
            session.run(cypher.load("backup/clear")).consume();
        }
    }

    /** Creates the file's nodes and relationships (after {@link #check} found it complete); what it created. */
    public GraphSize restore(Path file, long nodes) {
        String[] keys = new String[Math.toIntExact(nodes)];
        List<Map<String, Object>> nodeRows = new ArrayList<>();
        List<Map<String, Object>> relRows = new ArrayList<>();
        long[] created = new long[2];
        BackupFile.read(file, new BackupFile.Reader() {
            @Override
            public void node(long number, JsonNode node) {
                Map<String, Object> row = new HashMap<>();
                row.put("number", number);
                row.put("labels", node.path(BackupFile.LABELS).valueStream().map(JsonNode::stringValue).toList());
                row.put("props", BackupValues.fromJson(node.path(BackupFile.PROPERTIES)));
                nodeRows.add(row);
                if (nodeRows.size() == BATCH) {
                    created[0] += createNodes(nodeRows, keys);
                }
            }

            @Override
            public void relationship(JsonNode relationship) {
                created[0] += createNodes(nodeRows, keys);
                Map<String, Object> row = new HashMap<>();
                row.put("type", relationship.path(BackupFile.TYPE).stringValue());
                row.put("from", keys[Math.toIntExact(relationship.path(BackupFile.FROM).longValue())]);
                row.put("to", keys[Math.toIntExact(relationship.path(BackupFile.TO).longValue())]);
                row.put("props", BackupValues.fromJson(relationship.path(BackupFile.PROPERTIES)));
                relRows.add(row);
                if (relRows.size() == BATCH) {
                    created[1] += createRelationships(relRows);
                }
            }
        });
        created[0] += createNodes(nodeRows, keys);
        created[1] += createRelationships(relRows);
        return new GraphSize(created[0], created[1]);
    }

    private long createNodes(List<Map<String, Object>> rows, String[] keys) {
        if (rows.isEmpty()) {
            return 0;
        }
        List<Record> records = write("backup/restore-nodes", rows);
        records.forEach(r -> keys[Math.toIntExact(r.get("number").asLong())] = r.get("key").asString());
        rows.clear();
        return records.size();
    }

    private long createRelationships(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        long created = write("backup/restore-relationships", rows).get(0).get("created").asLong();
        rows.clear();
        return created;
    }

    private List<Record> write(String statement, List<Map<String, Object>> rows) {
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> tx.run(cypher.load(statement), Map.of("rows", rows)).list());
        }
    }
}
