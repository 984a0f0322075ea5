package org.orggraph.explore;

import java.util.List;
import java.util.Map;

import org.orggraph.node.Personal;

/**
 * A node as a drawing needs it. {@code raw} keeps the node's properties so that the {@code node} field can build
 * the node's GraphQL object without another statement.
 */
public record GraphNode(String id, String label, List<String> labels, String name, List<Property> properties,
        Map<String, Object> raw) implements Personal {

    /** A drawn person's name is masked by role like the person's own; other nodes' names are not personal. */
    @Override
    public boolean personal() {
        return labels.contains("Person");
    }
}
