package org.orggraph.explore;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
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
            @Argument List<RelType> viaTypes, @Argument List<NodeLabel> viaLabels, @Argument Integer first) {
        int hops = within("maxHops", maxHops, 4, 1, MAX_HOPS);
        int paths = within("first", first, 10, 1, MAX_PATHS);
        NodeLabel fromLabel = NodeResolver.labelOf(from);
        NodeLabel toLabel = NodeResolver.labelOf(to);
        if (from.equals(to)) {
            throw ApiException.badInput("from and to are the same node ('" + from + "'): a path needs two ends");
        }
        String statement = cypher.render("explore/shortest-paths", Map.of("fromLabel", fromLabel.cypher(),
                "toLabel", toLabel.cypher(), "types", typesFragment(viaTypes), "maxHops", Integer.toString(hops)));
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        params.put("labels", names(viaLabels));
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
    Subgraph neighborhood(@Argument String id, @Argument Integer depth, @Argument List<NodeLabel> labels,
            @Argument Integer limit, @Argument LocalDate asOf) {
        int levels = within("depth", depth, 1, 1, MAX_DEPTH);
        int size = within("limit", limit, 100, 1, MAX_NODES);
        NodeLabel label = NodeResolver.labelOf(id);
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("depth", levels);
        params.put("limit", size);
        params.put("labels", names(labels));
        params.put("edgeLimit", size * EDGES_PER_NODE);
        params.put("asOf", asOf);
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

    /** Label names for a statement's {@code $labels}: null (no restriction) when none are given. */
    static List<String> names(List<NodeLabel> labels) {
        return labels == null || labels.isEmpty() ? null : labels.stream().map(Enum::name).sorted().distinct().toList();
    }

    /** {@code ''} or {@code ':A|B'}: names of the RelType enum only. */
    /** Every type of the model when none is given: not the link projection's LINKED, derived from the others. */
    static String typesFragment(List<RelType> types) {
        return types == null || types.isEmpty() ? ":!LINKED"
                : types.stream().distinct().map(RelType::cypher).collect(Collectors.joining("|", ":", ""));
    }
}
