package org.orggraph.explore;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.orggraph.model.NodeLabel;

/**
 * Turns the node and relationship maps that the explore, alliance and search statements return
 * ({@code {id, labels, properties}} and {@code {type, source, target, properties}}) into drawable
 * {@link GraphNode}s and {@link GraphEdge}s.
 */
public final class Drawing {

    /** Properties every named node has that a drawing shows elsewhere (or not at all). */
    private static final Set<String> HIDDEN = Set.of("id", "name", "pinyin", "initials");
    private static final Set<String> MODEL_LABELS = java.util.Arrays.stream(NodeLabel.values())
            .map(NodeLabel::name).collect(Collectors.toSet());

    private Drawing() {
    }

    @SuppressWarnings("unchecked")
    public static GraphNode node(Map<String, Object> map) {
        List<String> labels = ((Collection<String>) map.get("labels")).stream().sorted(Drawing::labelOrder).toList();
        Map<String, Object> properties = (Map<String, Object>) map.get("properties");
        String id = (String) properties.get("id");
        String label = labels.stream().filter(MODEL_LABELS::contains).findFirst().orElse(labels.isEmpty() ? "" : labels.get(0));
        return new GraphNode(id, label, labels, (String) properties.get("name"), properties(properties, HIDDEN),
                properties);
    }

    @SuppressWarnings("unchecked")
    public static GraphEdge edge(Map<String, Object> map) {
        String type = (String) map.get("type");
        String source = (String) map.get("source");
        String target = (String) map.get("target");
        return new GraphEdge(source + "-" + type + "->" + target, type, source, target,
                properties((Map<String, Object>) map.get("properties"), Set.of()));
    }

    @SuppressWarnings("unchecked")
    public static Path path(Map<String, Object> map) {
        List<GraphNode> nodes = ((List<Map<String, Object>>) map.get("nodes")).stream().map(Drawing::node).toList();
        List<GraphEdge> edges = ((List<Map<String, Object>>) map.get("relationships")).stream().map(Drawing::edge).toList();
        return new Path(nodes, edges);
    }

    static List<Property> properties(Map<String, Object> properties, Set<String> hidden) {
        List<Property> list = new ArrayList<>();
        new TreeMap<>(properties).forEach((key, value) -> {
            if (!hidden.contains(key) && value != null) {
                list.add(new Property(key, text(value)));
            }
        });
        return list;
    }

    private static String text(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(Drawing::text).collect(Collectors.joining(", "));
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        return String.valueOf(value);
    }

    /** Model labels before extra ones (Person before Member), otherwise alphabetical. */
    private static int labelOrder(String a, String b) {
        boolean extraA = a.equals("Member");
        boolean extraB = b.equals("Member");
        if (extraA != extraB) {
            return extraA ? 1 : -1;
        }
        return a.compareTo(b);
    }
}
