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
 * Nodes and relationships known to be new are kept apart: they are created, which skips the merge's lookup.
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
    private final Map<NodeGroup, List<Map<String, Object>>> newNodes = new LinkedHashMap<>();
    private final Map<RelGroup, List<Map<String, Object>>> newRelationships = new LinkedHashMap<>();

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

    /**
     * Adds a node that the caller knows is not in the graph (it looked the id up in the same transaction): it is
     * created without the merge's lookup. Loading such a batch twice fails on the id constraint.
     */
    public GraphBatch newNode(NodeLabel label, Set<NodeLabel> extraLabels, String id, Map<String, Object> properties) {
        requireId(id);
        newNodes.computeIfAbsent(new NodeGroup(label, extraLabels), g -> new ArrayList<>())
                .add(Map.of("id", id, "props", properties));
        return this;
    }

    /** Adds a relationship known not to exist (e.g. one end is a {@link #newNode}): created, not merged. */
    public GraphBatch newRelationship(NodeLabel fromLabel, String fromId, RelType type, NodeLabel toLabel, String toId,
            Map<String, Object> properties) {
        return add(newRelationships, fromLabel, fromId, type, toLabel, toId, properties);
    }

    public GraphBatch relationship(NodeLabel fromLabel, String fromId, RelType type, NodeLabel toLabel, String toId) {
        return relationship(fromLabel, fromId, type, toLabel, toId, Map.of());
    }

    public GraphBatch relationship(NodeLabel fromLabel, String fromId, RelType type, NodeLabel toLabel, String toId,
            Map<String, Object> properties) {
        return add(relationships, fromLabel, fromId, type, toLabel, toId, properties);
    }

    private GraphBatch add(Map<RelGroup, List<Map<String, Object>>> into, NodeLabel fromLabel, String fromId,
            RelType type, NodeLabel toLabel, String toId, Map<String, Object> properties) {
        requireId(fromId);
        requireId(toId);
        into.computeIfAbsent(new RelGroup(fromLabel, type, toLabel), g -> new ArrayList<>())
                .add(Map.of("from", fromId, "to", toId, "props", properties));
        return this;
    }

    /**
     * Marks every node and relationship of this batch as new, for a load into a database that holds none of them
     * (an empty one): all are created, without the merge's index lookup and lock per row, and without a merge's
     * check of the relationships a node already has, which grows with the node's degree. The batch must not name a
     * node or relationship twice (a merge would fold them; creating fails on the id constraint or doubles them).
     */
    public GraphBatch allNew() {
        nodes.forEach((group, rows) -> newNodes.computeIfAbsent(group, g -> new ArrayList<>()).addAll(rows));
        nodes.clear();
        relationships.forEach((group, rows) -> newRelationships.computeIfAbsent(group, g -> new ArrayList<>())
                .addAll(rows));
        relationships.clear();
        return this;
    }

    /** The ids of every node this batch names, as a node or as a relationship's end, by label. */
    public Map<NodeLabel, Set<String>> namedIds() {
        Map<NodeLabel, Set<String>> ids = new java.util.EnumMap<>(NodeLabel.class);
        java.util.function.BiConsumer<NodeLabel, Object> add = (label, id) ->
                ids.computeIfAbsent(label, l -> new java.util.HashSet<>()).add((String) id);
        List.of(nodes, newNodes).forEach(groups -> groups.forEach((group, rows) ->
                rows.forEach(row -> add.accept(group.label(), row.get("id")))));
        List.of(relationships, newRelationships).forEach(groups -> groups.forEach((group, rows) -> rows.forEach(row -> {
            add.accept(group.from(), row.get("from"));
            add.accept(group.to(), row.get("to"));
        })));
        return ids;
    }

    public Map<NodeGroup, List<Map<String, Object>>> nodes() {
        return nodes;
    }

    public Map<RelGroup, List<Map<String, Object>>> relationships() {
        return relationships;
    }

    public Map<NodeGroup, List<Map<String, Object>>> newNodes() {
        return newNodes;
    }

    public Map<RelGroup, List<Map<String, Object>>> newRelationships() {
        return newRelationships;
    }

    public int nodeCount() {
        return count(nodes) + count(newNodes);
    }

    public int relationshipCount() {
        return count(relationships) + count(newRelationships);
    }

    private static int count(Map<?, List<Map<String, Object>>> groups) {
        return groups.values().stream().mapToInt(List::size).sum();
    }

    private static void requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("every node needs a non-blank id");
        }
    }
}
