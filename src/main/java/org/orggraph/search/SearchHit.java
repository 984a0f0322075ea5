package org.orggraph.search;

/** A search result: the node found (as its GraphQL object), its score, label and name. */
public record SearchHit(double score, Object node, String label, String name) {
}
