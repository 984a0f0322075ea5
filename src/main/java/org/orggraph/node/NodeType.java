package org.orggraph.node;

import org.orggraph.model.NodeLabel;

/**
 * A label of the model and the record that is its GraphQL type (same simple name as the GraphQL type).
 * Components are filled from the node's properties of the same names (see {@link RecordMapper}).
 */
public record NodeType(NodeLabel label, Class<? extends Record> type) {

    public static NodeType of(NodeLabel label, Class<? extends Record> type) {
        return new NodeType(label, type);
    }
}
