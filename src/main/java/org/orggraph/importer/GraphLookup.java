package org.orggraph.importer;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.orggraph.model.NodeLabel;

/**
 * What the import reads from the graph: which ids exist (and with which label), the properties of nodes and
 * relationships it may update. Statements are chunked so a 200,000-row import never sends one huge list.
 */
final class GraphLookup {

    static final int CHUNK = 10_000;

    private final ImportTransaction tx;

    GraphLookup(ImportTransaction tx) {
        this.tx = tx;
    }

    /** The ids of {@code ids} that a node of {@code label} has (uses the label's unique id index). */
    List<String> existing(NodeLabel label, List<String> ids) {
        List<String> found = new java.util.ArrayList<>();
        for (List<String> chunk : chunks(ids)) {
            tx.run("MATCH (n:" + label.cypher() + ") WHERE n.id IN $ids RETURN n.id AS id", Map.of("ids", chunk))
                    .forEach(r -> found.add(r.get("id").asString()));
        }
        return found;
    }

    /** The first label of each node with one of {@code ids}, whatever its label: for the "wrong label" message. */
    Map<String, String> labelsOf(Collection<String> ids) {
        Map<String, String> labels = new HashMap<>();
        for (List<String> chunk : chunks(List.copyOf(ids))) {
            tx.run("MATCH (n) WHERE n.id IN $ids RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Member'][0] AS label",
                    Map.of("ids", chunk)).forEach(r -> labels.put(r.get("id").asString(),
                            r.get("label").asString()));
        }
        return labels;
    }

    /** A node's properties and whether it has the label Member. */
    record Existing(Map<String, Object> properties, boolean member) {
    }

    Map<String, Existing> nodes(NodeLabel label, List<String> ids) {
        Map<String, Existing> found = new HashMap<>();
        for (List<String> chunk : chunks(ids)) {
            tx.run("MATCH (n:" + label.cypher() + ") WHERE n.id IN $ids"
                    + " RETURN n.id AS id, properties(n) AS props, n:Member AS member", Map.of("ids", chunk))
                    .forEach(r -> found.put(r.get("id").asString(),
                            new Existing(r.get("props").asMap(), r.get("member").asBoolean())));
        }
        return found;
    }

    /** The properties of the existing relationships {@code (from)-[type]->(to)}, keyed by "from\u0000to". */
    Map<String, Map<String, Object>> relationships(GraphBatch.RelGroup group, List<Map<String, Object>> rows) {
        Map<String, Map<String, Object>> found = new HashMap<>();
        for (List<Map<String, Object>> chunk : chunks(rows)) {
            tx.run("UNWIND $rows AS row MATCH (a:" + group.from().cypher() + " {id: row.from})-[r:"
                    + group.type().cypher() + "]->(b:" + group.to().cypher() + " {id: row.to})"
                    + " RETURN row.from AS from, row.to AS to, properties(r) AS props", Map.of("rows", chunk))
                    .forEach((Record r) -> found.put(key(r.get("from").asString(), r.get("to").asString()),
                            r.get("props").asMap()));
        }
        return found;
    }

    static String key(String from, String to) {
        return from + '\u0000' + to;
    }

    private static <T> List<List<T>> chunks(List<T> list) {
        List<List<T>> chunks = new java.util.ArrayList<>();
        for (int i = 0; i < list.size(); i += CHUNK) {
            chunks.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
        }
        return chunks;
    }
}
