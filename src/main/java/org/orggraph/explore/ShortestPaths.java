package org.orggraph.explore;

import java.util.List;

/** The shortest paths between two nodes and their union, ready to draw. */
public record ShortestPaths(Integer hops, List<Path> paths, boolean truncated, List<GraphNode> nodes,
        List<GraphEdge> edges) {
}
