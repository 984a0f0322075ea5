package org.orggraph.live;

import org.orggraph.history.ChangeEvent;

/** A committed change with its number in the change feed ({@code seq}) and its type, for filtering in memory. */
record Numbered(long seq, String type, ChangeEvent event) {
}
