package org.orggraph.node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.orggraph.api.ApiException;
import org.orggraph.model.NodeLabel;
import org.springframework.stereotype.Component;

/**
 * Global ids to GraphQL objects, whatever their kind: the heart of {@code node(id:)} / {@code nodes(ids:)} and of
 * every field that can point at several kinds of node. Collects all {@link NodeFetcher} beans (one per label).
 *
 * <p>Ids are the model's own ids ({@code community:07}); the prefix before the first colon names the label.
 * An id with an unknown prefix is a bad argument ({@code BAD_USER_INPUT}); a well-formed id that names nothing
 * gives {@code null} (per Relay), or {@code NOT_FOUND} in typed lookups ({@link #require}).
 */
@Component
public class NodeResolver {

    private final Map<NodeLabel, NodeFetcher> fetchers = new EnumMap<>(NodeLabel.class);

    public NodeResolver(List<NodeFetcher> fetchers) {
        for (NodeFetcher fetcher : fetchers) {
            for (NodeLabel label : fetcher.labels()) {
                NodeFetcher previous = this.fetchers.put(label, fetcher);
                if (previous != null) {
                    throw new IllegalStateException("Two node fetchers for " + label + ": " + previous + ", " + fetcher);
                }
            }
        }
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

    /** The objects for {@code ids}, in the same order, {@code null} where an id names nothing; one statement per label. */
    public List<Object> byIds(List<String> ids) {
        Map<NodeFetcher, Set<String>> byFetcher = new LinkedHashMap<>();
        for (String id : ids) {
            NodeFetcher fetcher = fetchers.get(labelOf(id));
            if (fetcher != null) {
                byFetcher.computeIfAbsent(fetcher, f -> new LinkedHashSet<>()).add(id);
            }
        }
        Map<String, Object> found = new LinkedHashMap<>();
        byFetcher.forEach((fetcher, fetcherIds) -> found.putAll(fetcher.fetch(fetcherIds)));
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

    /**
     * The GraphQL object of a node projection ({@code n {.*}} and {@code labels(n)}) without another statement;
     * {@code null} for labels whose fetcher cannot map projections (use {@link #byIds} for those).
     */
    public Object toObject(Map<String, Object> properties, Collection<String> labels) {
        for (String name : labels) {
            NodeLabel label = label(name);
            if (label != null && fetchers.get(label) instanceof RecordNodeFetcher records) {
                return records.map(label, properties, labels);
            }
        }
        return null;
    }

    /** {@link #toObject} for nodes known to be of one GraphQL type, as a row mapper for list queries. */
    public <T> java.util.function.BiFunction<Map<String, Object>, List<String>, T> mapperOf(Class<T> type) {
        return (properties, labels) -> type.cast(toObject(properties, labels));
    }

    /** Whether {@link #toObject} can map nodes of this label. */
    public boolean maps(NodeLabel label) {
        return fetchers.get(label) instanceof RecordNodeFetcher;
    }

    private static NodeLabel label(String name) {
        for (NodeLabel label : NodeLabel.values()) {
            if (label.name().equals(name)) {
                return label;
            }
        }
        return null;
    }

    private static String describe(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }
}
