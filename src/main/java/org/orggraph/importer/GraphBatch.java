package org.orggraph.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;

/**
 * Nodes and relationships to be merged into the graph, grouped by label and by relationship shape so
 * that the {@link BulkLoader} can send each group as one parameterized {@code UNWIND} statement per batch.
 * Rows are plain maps of Cypher-compatible values (String, Long, Double, Boolean, LocalDate, lists of those).
 */
public final class GraphBatch {

    /** Nodes sharing a primary label (which carries the id constraint) and the same extra labels. */
    public record NodeGroup(NodeLabel label, Set<NodeLabel> extraLabels) {
        public NodeGroup {
            Objects.requireNonNull(label);
            extraLabels = Set.copyOf(new TreeSet<>(extraLabels));
        }
    }

    /** Relationships of one type between nodes of two given labels. */
    public record RelGroup(NodeLabel from, RelType type, NodeLabel to) {
        public RelGroup {
            Objects.requireNonNull(from);
            Objects.requireNonNull(type);
            Objects.requireNonNull(to);
        }
    }

    private final Map<NodeGroup, List<Map<String, Object>>> nodes = new LinkedHashMap<>();
    private final Map<RelGroup, List<Map<String, Object>>> relationships = new LinkedHashMap<>();

    /** Adds a node; {@code properties} must not contain {@code id}. */
    public GraphBatch node(NodeLabel label, String id, Map<String, Object> properties) {
        return node(label, Set.of(), id, properties);
    }

    public GraphBatch node(NodeLabel label, Set<NodeLabel> extraLabels, String id, Map<String, Object> properties) {
        requireId(id);
        nodes.computeIfAbsent(new NodeGroup(label, extraLabels), g -> new ArrayList<>())
                .add(Map.of("id", id, "props", properties));
        return this;
    }

    public GraphBatch relationship(NodeLabel fromLabel, String fromId, RelType type, NodeLabel toLabel, String toId) {
        return relationship(fromLabel, fromId, type, toLabel, toId, Map.of());
    }

    public GraphBatch relationship(NodeLabel fromLabel, String fromId, RelType type, NodeLabel toLabel, String toId,
            Map<String, Object> properties) {
        requireId(fromId);
        requireId(toId);
        relationships.computeIfAbsent(new RelGroup(fromLabel, type, toLabel), g -> new ArrayList<>())
                .add(Map.of("from", fromId, "to", toId, "props", properties));
        return this;
    }

    public Map<NodeGroup, List<Map<String, Object>>> nodes() {
        return nodes;
    }

    public Map<RelGroup, List<Map<String, Object>>> relationships() {
        return relationships;
    }

    public int nodeCount() {
        return nodes.values().stream().mapToInt(List::size).sum();
    }

    public int relationshipCount() {
        return relationships.values().stream().mapToInt(List::size).sum();
    }

    private static void requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("every node needs a non-blank id");
        }
    }
}
