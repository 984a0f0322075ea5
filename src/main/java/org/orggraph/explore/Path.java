package org.orggraph.explore;

import java.util.List;

/** A path: nodes in order, and the relationships between consecutive nodes (pointing either way). */
public record Path(List<GraphNode> nodes, List<GraphEdge> relationships) {

    public int length() {
        return relationships.size();
    }

    /** The path in words: names (or ids) joined by the relationship types with their direction. */
    public String description() {
        StringBuilder text = new StringBuilder(caption(nodes.get(0)));
        for (int i = 0; i < relationships.size(); i++) {
            GraphEdge edge = relationships.get(i);
            boolean forward = edge.source().equals(nodes.get(i).id());
            text.append(forward ? " -" + edge.type() + "-> " : " <-" + edge.type() + "- ");
            text.append(caption(nodes.get(i + 1)));
        }
        return text.toString();
    }

    private static String caption(GraphNode node) {
        return node.name() != null ? node.name() : node.id();
    }
}
