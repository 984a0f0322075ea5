package org.orggraph.dashboard;

/**
 * The scope of a dashboard: the area and alliance asked for (their ids, null for none) and their GraphQL objects.
 * Each group of fields under it is computed by its own statement, only when selected.
 */
record Dashboard(String areaId, String allianceId, Object area, Object alliance) {
}
