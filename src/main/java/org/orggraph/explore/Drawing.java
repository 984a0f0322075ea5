package org.orggraph.explore;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;
import org.orggraph.model.NodeLabel;
import org.orggraph.node.ReadPath;

/**
 * Turns the nodes and relationships that the explore and alliance statements return (nodes projected through the
 * {@link ReadPath}: {@code {labels, properties}}; relationships {@code {type, source, target, properties}}) into
 * drawable {@link GraphNode}s and {@link GraphEdge}s.
 */
public final class Drawing {

    /** Properties every named node has that a drawing shows elsewhere (or not at all). */
    private static final Set<String> HIDDEN = Set.of("id", "name", "pinyin", "initials");
    private static final Set<String> MODEL_LABELS = java.util.Arrays.stream(NodeLabel.values())
            .map(NodeLabel::name).collect(Collectors.toSet());

    private Drawing() {
    }

    public static GraphNode node(Value node, ReadPath readPath) {
        List<String> labels = readPath.labels(node).stream().sorted(Drawing::labelOrder).toList();
        Map<String, Object> properties = readPath.properties(node);
        String id = (String) properties.get("id");
        String label = labels.stream().filter(MODEL_LABELS::contains).findFirst().orElse(labels.isEmpty() ? "" : labels.get(0));
        return new GraphNode(id, label, labels, (String) properties.get("name"),
                properties(readPath.drawable(properties, labels), HIDDEN), properties);
    }

    public static GraphEdge edge(Value edge) {
        String type = edge.get("type").asString();
        String source = edge.get("source").asString();
        String target = edge.get("target").asString();
        return new GraphEdge(source + "-" + type + "->" + target, type, source, target,
                properties(edge.get("properties").asMap(), Set.of()));
    }

    public static Path path(Value path, ReadPath readPath) {
        List<GraphNode> nodes = path.get("nodes").asList(n -> node(n, readPath));
        List<GraphEdge> edges = path.get("relationships").asList(Drawing::edge);
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
