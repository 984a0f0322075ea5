package org.orggraph.dashboard;

/** A unit (its GraphQL object, through the read path) and its number of partner organizations. */
record ConnectedUnit(Object unit, int partners) {
}
