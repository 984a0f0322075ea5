package org.orggraph.api;

import java.util.List;

/**
 * A Relay connection: one page of a stably ordered list. {@code totalCount} is {@code null} when the query did
 * not ask for it (it costs a statement of its own).
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, Integer totalCount) {

    /** The nodes of the page, in order. */
    public List<T> nodes() {
        return edges.stream().map(Edge::node).toList();
    }
}
