package org.orggraph.explore;

import java.util.List;

/** A bounded neighbourhood, ready to draw. */
public record Subgraph(List<GraphNode> nodes, List<GraphEdge> edges, boolean truncated) {
}
