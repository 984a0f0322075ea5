package org.orggraph.node;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.neo4j.driver.Record;
import org.orggraph.api.CypherFiles;
import org.orggraph.api.GraphReader;
import org.orggraph.model.NodeLabel;

/**
 * A {@link NodeFetcher} for labels whose GraphQL type is a plain record of the node's properties. Besides
 * fetching by id, it maps a node projection that another statement already returned ({@link #map}), so
 * relationship fields and lists need no second statement.
 */
public class RecordNodeFetcher implements NodeFetcher {

    private final GraphReader reader;
    private final CypherFiles cypher;
    private final Map<NodeLabel, RecordMapper<?>> mappers = new LinkedHashMap<>();

    public RecordNodeFetcher(GraphReader reader, CypherFiles cypher, List<NodeType> types) {
        this.reader = reader;
        this.cypher = cypher;
        for (NodeType type : types) {
            mappers.put(type.label(), new RecordMapper<>(type.type()));
        }
    }

    @Override
    public Set<NodeLabel> labels() {
        return mappers.keySet();
    }

    /** The GraphQL record types by label, e.g. for documentation and checks. */
    public Map<NodeLabel, Class<?>> types() {
        return mappers.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().type(), (a, b) -> a, LinkedHashMap::new));
    }

    @Override
    public Map<String, Object> fetch(Collection<String> ids) {
        Map<NodeLabel, Set<String>> byLabel = new LinkedHashMap<>();
        for (String id : ids) {
            Optional<NodeLabel> label = IdPrefixes.labelOf(id);
            if (label.isPresent() && mappers.containsKey(label.get())) {
                byLabel.computeIfAbsent(label.get(), l -> new LinkedHashSet<>()).add(id);
            }
        }
        Map<String, Object> found = new LinkedHashMap<>();
        byLabel.forEach((label, labelIds) -> {
            String statement = cypher.render("node/by-ids", Map.of("label", label.cypher()));
            for (Record record : reader.read(statement, Map.of("ids", List.copyOf(labelIds)))) {
                Map<String, Object> node = record.get("node").asMap();
                List<String> labels = record.get("labels").asList(v -> v.asString());
                found.put((String) node.get("id"), mappers.get(label).map(node, labels));
            }
        });
        return found;
    }

    /** The record of a node projection of {@code label}. */
    Object map(NodeLabel label, Map<String, Object> properties, Collection<String> labels) {
        RecordMapper<?> mapper = mappers.get(label);
        if (mapper == null) {
            throw new IllegalArgumentException("Not a label of this fetcher: " + label);
        }
        return mapper.map(properties, labels);
    }
}
