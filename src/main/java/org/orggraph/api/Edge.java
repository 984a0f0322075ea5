package org.orggraph.api;

/** One item of a {@link Connection} and the opaque cursor that points just after it. */
public record Edge<T>(String cursor, T node) {
}
