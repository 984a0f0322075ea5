package org.orggraph.dashboard;

/** How many units of one kind. */
record UnitKindCount(String kind, int count) {
}
