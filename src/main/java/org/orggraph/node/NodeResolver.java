package org.orggraph.node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.orggraph.api.ApiException;
import org.orggraph.api.CypherFiles;
import org.orggraph.api.GraphReader;
import org.orggraph.model.NodeLabel;
import org.springframework.stereotype.Component;

/**
 * Global ids to GraphQL objects, whatever their kind: the heart of {@code node(id:)} / {@code nodes(ids:)} and of
 * typed lookups. One statement per label asked for ({@code cypher/node/by-ids.cypher}), through the
 * {@link ReadPath}.
 *
 * <p>Ids are the model's own ids ({@code community:07}); the prefix before the first colon names the label.
 * An id with an unknown prefix is a bad argument ({@code BAD_USER_INPUT}); a well-formed id that names nothing
 * gives {@code null} (per Relay), or {@code NOT_FOUND} in typed lookups ({@link #require}).
 */
@Component
public class NodeResolver {

    private final GraphReader reader;
    private final CypherFiles cypher;
    private final ReadPath readPath;

    public NodeResolver(GraphReader reader, CypherFiles cypher, ReadPath readPath) {
        this.reader = reader;
        this.cypher = cypher;
        this.readPath = readPath;
    }

    /**
     * The label an id names by its prefix.
     *
     * @throws ApiException BAD_USER_INPUT when the prefix is not one of the model's
     */
    public static NodeLabel labelOf(String id) {
        return IdPrefixes.labelOf(id).orElseThrow(() -> ApiException.badInput("'" + id
                + "' is not an OrgGraph id: ids look like 'community:07', the part before ':' names the kind, one of "
                + IdPrefixes.known()));
    }

    /**
     * Checks that an id argument names a node of one of {@code labels} by its prefix (what {@code @idOf} says in the
     * SDL), without reading anything.
     *
     * @throws ApiException BAD_USER_INPUT for an id of another kind or of no kind
     */
    public static NodeLabel requireKind(String argument, String id, NodeLabel... labels) {
        NodeLabel label = labelOf(id);
        if (!Arrays.asList(labels).contains(label)) {
            throw ApiException.badInput(argument + " must be the id of a " + Arrays.toString(labels)
                    + " (got '" + id + "', a " + label + ")");
        }
        return label;
    }

    /** The id prefix of a label ({@code community} for Community): new ids are {@code prefix:…}. */
    public static String prefixOf(NodeLabel label) {
        return IdPrefixes.prefixOf(label);
    }

    /** The objects for {@code ids}, in the same order, {@code null} where an id names nothing; one statement per label. */
    public List<Object> byIds(List<String> ids) {
        Map<NodeLabel, Set<String>> byLabel = new EnumMap<>(NodeLabel.class);
        for (String id : ids) {
            byLabel.computeIfAbsent(labelOf(id), l -> new LinkedHashSet<>()).add(id);
        }
        Map<String, Object> found = new LinkedHashMap<>();
        byLabel.forEach((label, labelIds) -> {
            String statement = cypher.render("node/by-ids", Map.of("label", label.cypher()));
            for (Record record : reader.read(statement, Map.of("ids", List.copyOf(labelIds),
                    "allow", readPath.allowlist()))) {
                Value node = record.get("node");
                found.put(record.get("id").asString(), readPath.object(node));
            }
        });
        List<Object> result = new ArrayList<>(ids.size());
        for (String id : ids) {
            result.add(found.get(id));
        }
        return result;
    }

    /** The object an id names, or {@code null}. */
    public Object byId(String id) {
        return byIds(List.of(id)).get(0);
    }

    /**
     * The object of the given GraphQL type an id names.
     *
     * @throws ApiException NOT_FOUND when nothing of that type has the id, BAD_USER_INPUT for a malformed id
     */
    public <T> T require(String id, Class<T> type) {
        Object found = byId(id);
        if (!type.isInstance(found)) {
            throw ApiException.notFound(describe(type), id);
        }
        return type.cast(found);
    }

    private static String describe(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }
}
