package org.orggraph.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.orggraph.model.NodeLabel;

/**
 * What an import would change: the rows compared with the graph, counted per type as created, updated or
 * unchanged, and the {@link GraphBatch} of the created and updated ones only, so a second import of the same
 * files writes nothing. A cell left empty never removes a property, and a relationship that exists keeps its
 * {@code since}; a new one without {@code since} gets the day of the import (where the type has the column).
 */
record ImportPlan(Map<String, ImportCounts> counts, GraphBatch batch, Map<NodeLabel, List<String>> changedNodes) {

    int changes() {
        return counts.values().stream().mapToInt(c -> c.created() + c.updated()).sum();
    }

    static ImportPlan of(ImportRows rows, GraphLookup graph, LocalDate today) {
        Map<String, ImportCounts> counts = new TreeMap<>();
        GraphBatch batch = new GraphBatch();
        Map<NodeLabel, List<String>> changed = new java.util.EnumMap<>(NodeLabel.class);
        Map<NodeLabel, Set<String>> createdIds = new java.util.EnumMap<>(NodeLabel.class);
        Map<NodeLabel, List<ImportRows.NodeRow>> byLabel = new LinkedHashMap<>();
        rows.nodes().forEach(n -> byLabel.computeIfAbsent(n.type().label(), l -> new ArrayList<>()).add(n));
        byLabel.forEach((label, nodes) -> {
            Map<String, GraphLookup.Existing> existing = graph.nodes(label,
                    nodes.stream().map(ImportRows.NodeRow::id).toList());
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            for (ImportRows.NodeRow node : nodes) {
                GraphLookup.Existing old = existing.get(node.id());
                Set<NodeLabel> extra = node.member() ? Set.of(NodeLabel.Member) : Set.of();
                if (old == null) {
                    created++;
                    createdIds.computeIfAbsent(label, l -> new HashSet<>()).add(node.id());
                    batch.newNode(label, extra, node.id(), node.properties());
                } else if (contains(old.properties(), node.properties()) && (old.member() || !node.member())) {
                    unchanged++;
                    continue;
                } else {
                    updated++;
                    batch.node(label, extra, node.id(), node.properties());
                }
                changed.computeIfAbsent(label, l -> new ArrayList<>()).add(node.id());
            }
            counts.merge(label.name(), new ImportCounts(created, updated, unchanged), ImportCounts::plus);
        });
        Map<GraphBatch.RelGroup, List<ImportRows.RelRow>> byGroup = new LinkedHashMap<>();
        rows.relationships().forEach(r -> byGroup.computeIfAbsent(
                new GraphBatch.RelGroup(r.fromLabel(), r.type().type(), r.toLabel()), g -> new ArrayList<>()).add(r));
        byGroup.forEach((group, rels) -> {
            Set<String> newFrom = createdIds.getOrDefault(group.from(), Set.of());
            Set<String> newTo = createdIds.getOrDefault(group.to(), Set.of());
            // A relationship of a node created by this import cannot exist yet: only the others are looked up.
            List<Map<String, Object>> ends = rels.stream()
                    .filter(r -> !newFrom.contains(r.from()) && !newTo.contains(r.to()))
                    .<Map<String, Object>>map(r -> Map.of("from", r.from(), "to", r.to())).toList();
            Map<String, Map<String, Object>> existing = ends.isEmpty() ? Map.of() : graph.relationships(group, ends);
            boolean hasSince = rels.get(0).type().column(ImportFormat.SINCE).isPresent();
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            for (ImportRows.RelRow rel : rels) {
                Map<String, Object> old = existing.get(GraphLookup.key(rel.from(), rel.to()));
                Map<String, Object> properties = rel.properties();
                if (old == null) {
                    created++;
                    if (hasSince && !properties.containsKey(ImportFormat.SINCE)) {
                        properties = new LinkedHashMap<>(properties);
                        properties.put(ImportFormat.SINCE, today);
                    }
                    batch.newRelationship(group.from(), rel.from(), group.type(), group.to(), rel.to(), properties);
                } else if (contains(old, properties)) {
                    unchanged++;
                } else {
                    updated++;
                    batch.relationship(group.from(), rel.from(), group.type(), group.to(), rel.to(), properties);
                }
            }
            counts.merge(group.type().name(), new ImportCounts(created, updated, unchanged), ImportCounts::plus);
        });
        return new ImportPlan(counts, batch, changed);
    }

    /** Whether the graph's properties already hold every value of the row. */
    private static boolean contains(Map<String, Object> graph, Map<String, Object> row) {
        for (Map.Entry<String, Object> e : row.entrySet()) {
            if (!Objects.equals(graph.get(e.getKey()), e.getValue())) {
                return false;
            }
        }
        return true;
    }
}
