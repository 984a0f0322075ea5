package org.orggraph.graph;

/** The schema migration version applied at start; its bean exists only once the schema is in place. */
public record SchemaVersion(String value) {
}
