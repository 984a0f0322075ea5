package org.orggraph.graph;

/** The schema migration version applied at start ({@link SchemaMigrations}). */
public record SchemaVersion(String value) {
}
