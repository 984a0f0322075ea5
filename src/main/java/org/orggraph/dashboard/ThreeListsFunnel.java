package org.orggraph.dashboard;

/** The three-lists funnel of a dashboard's scope. */
record ThreeListsFunnel(int raised, int matched, int inProgress, int done, int resourcesOffered, int projectsClaimed) {
}
