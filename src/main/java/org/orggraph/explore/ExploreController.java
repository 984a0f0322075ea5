package org.orggraph.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.orggraph.api.ApiException;
import org.orggraph.api.CypherFiles;
import org.orggraph.api.GraphReader;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;
import org.orggraph.node.NodeResolver;
import org.orggraph.node.ReadPath;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code shortestPaths} and {@code neighborhood}: bounded pieces of the graph, ready to draw. Each is one
 * statement ({@code cypher/explore/*.cypher}); labels and relationship types reach the statement only as names
 * of the model's enums.
 */
@Controller
class ExploreController {

    static final int MAX_HOPS = 6;
    static final int MAX_PATHS = 100;
    static final int MAX_DEPTH = 3;
    static final int MAX_NODES = 500;
    /** Relationships returned with a neighbourhood at most (per node kept, on average). */
    static final int EDGES_PER_NODE = 4;

    private final GraphReader reader;
    private final CypherFiles cypher;
    private final NodeResolver resolver;
    private final ReadPath readPath;

    ExploreController(GraphReader reader, CypherFiles cypher, NodeResolver resolver, ReadPath readPath) {
        this.reader = reader;
        this.cypher = cypher;
        this.resolver = resolver;
        this.readPath = readPath;
    }

    @QueryMapping
    ShortestPaths shortestPaths(@Argument String from, @Argument String to, @Argument Integer maxHops,
            @Argument List<String> via, @Argument Integer first) {
        int hops = within("maxHops", maxHops, 4, 1, MAX_HOPS);
        int paths = within("first", first, 10, 1, MAX_PATHS);
        NodeLabel fromLabel = NodeResolver.labelOf(from);
        NodeLabel toLabel = NodeResolver.labelOf(to);
        if (from.equals(to)) {
            throw ApiException.badInput("from and to are the same node ('" + from + "'): a path needs two ends");
        }
        Via allowed = Via.of(via);
        String statement = cypher.render("explore/shortest-paths", Map.of("fromLabel", fromLabel.cypher(),
                "toLabel", toLabel.cypher(), "types", allowed.typesFragment(), "maxHops", Integer.toString(hops)));
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        params.put("labels", allowed.labels().isEmpty() ? null : List.copyOf(allowed.labels()));
        params.put("first", paths);
        params.put("allow", readPath.allowlist());
        List<Record> records = reader.read(statement, params);
        if (records.isEmpty()) {
            throw missing(List.of(from, to));
        }
        Record record = records.get(0);
        List<Path> found = record.get("paths").asList(v -> Drawing.path(v, readPath));
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        Map<String, GraphEdge> edges = new LinkedHashMap<>();
        for (Path path : found) {
            path.nodes().forEach(n -> nodes.putIfAbsent(n.id(), n));
            path.relationships().forEach(e -> edges.putIfAbsent(e.id(), e));
        }
        Value hopsFound = record.get("hops");
        return new ShortestPaths(hopsFound.isNull() ? null : hopsFound.asInt(), found,
                record.get("count").asInt() > found.size(), List.copyOf(nodes.values()), List.copyOf(edges.values()));
    }

    @QueryMapping
    Subgraph neighborhood(@Argument String id, @Argument Integer depth, @Argument List<String> labels,
            @Argument Integer limit) {
        int levels = within("depth", depth, 1, 1, MAX_DEPTH);
        int size = within("limit", limit, 100, 1, MAX_NODES);
        NodeLabel label = NodeResolver.labelOf(id);
        Set<String> kept = labels(labels);
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("depth", levels);
        params.put("limit", size);
        params.put("labels", kept.isEmpty() ? null : List.copyOf(kept));
        params.put("edgeLimit", size * EDGES_PER_NODE);
        params.put("allow", readPath.allowlist());
        List<Record> records = reader.read(cypher.render("explore/neighborhood", Map.of("label", label.cypher())), params);
        if (records.isEmpty()) {
            throw missing(List.of(id));
        }
        Record record = records.get(0);
        return new Subgraph(record.get("nodes").asList(v -> Drawing.node(v, readPath)),
                record.get("edges").asList(Drawing::edge), record.get("truncated").asBoolean());
    }

    /** {@code GraphNode.node}: built from the properties already read, through the read path. */
    @SchemaMapping(typeName = "GraphNode", field = "node")
    Object node(GraphNode node) {
        return readPath.object(node.raw(), node.labels());
    }

    private ApiException missing(List<String> ids) {
        List<Object> found = resolver.byIds(ids);
        for (int i = 0; i < ids.size(); i++) {
            if (found.get(i) == null) {
                return ApiException.notFound("node", ids.get(i));
            }
        }
        return ApiException.notFound("node", String.join(", ", ids));
    }

    static int within(String argument, Integer value, int fallback, int min, int max) {
        int v = value == null ? fallback : value;
        if (v < min || v > max) {
            throw ApiException.badInput(argument + " must be between " + min + " and " + max + " (got " + v + ")");
        }
        return v;
    }

    /** The labels of a {@code labels} argument, validated against the model. */
    static Set<String> labels(List<String> names) {
        Set<String> labels = new TreeSet<>();
        if (names == null) {
            return labels;
        }
        for (String name : names) {
            if (Arrays.stream(NodeLabel.values()).noneMatch(l -> l.name().equals(name))) {
                throw ApiException.badInput("'" + name + "' is not a label of the model; use one of "
                        + Arrays.stream(NodeLabel.values()).map(Enum::name).collect(Collectors.joining(", ")));
            }
            labels.add(name);
        }
        return labels;
    }

    /** The {@code via} argument: relationship types allowed on the path, labels allowed between its ends. */
    record Via(Set<RelType> types, Set<String> labels) {

        static Via of(List<String> names) {
            Set<RelType> types = new LinkedHashSet<>();
            Set<String> labels = new TreeSet<>();
            for (String name : names == null ? List.<String>of() : names) {
                RelType type = Arrays.stream(RelType.values()).filter(t -> t.name().equals(name)).findFirst().orElse(null);
                NodeLabel label = Arrays.stream(NodeLabel.values()).filter(l -> l.name().equals(name)).findFirst().orElse(null);
                if (type != null) {
                    types.add(type);
                } else if (label != null) {
                    labels.add(label.name());
                } else {
                    throw ApiException.badInput("via: '" + name + "' is neither a relationship type ("
                            + Arrays.stream(RelType.values()).map(Enum::name).collect(Collectors.joining(", "))
                            + ") nor a label (" + Arrays.stream(NodeLabel.values()).map(Enum::name)
                            .collect(Collectors.joining(", ")) + ") of the model");
                }
            }
            return new Via(types, labels);
        }

        /** {@code ''} or {@code ':A|B'}: names of the RelType enum only. */
        String typesFragment() {
            return types.isEmpty() ? "" : types.stream().map(RelType::cypher).collect(Collectors.joining("|", ":", ""));
        }
    }
}
