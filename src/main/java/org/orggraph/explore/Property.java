package org.orggraph.explore;

/** One property of a drawn node or edge, its value as a string. */
public record Property(String key, String value) {
}
