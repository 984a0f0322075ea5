package org.orggraph.dashboard;

import java.time.LocalDate;

/**
 * The scope of a dashboard: the area and alliance asked for (their ids, null for none), their GraphQL objects, and
 * the cursor of the recorded history read once for the request, so every group of it answers for the same state.
 * Each group of fields under it is computed by its own statement, only when selected, or kept from an earlier
 * request under the same cursor. {@code asOf}: the day asked for, or null for today.
 */
record Dashboard(String areaId, String allianceId, LocalDate asOf, Object area, Object alliance,
        DashboardStatements.HistoryCursor cursor) {
}
