package org.orggraph.api;

/** Relay page state: whether there is more before/after this page, and the cursors of its ends. */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
}
