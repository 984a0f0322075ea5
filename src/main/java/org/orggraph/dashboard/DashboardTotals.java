package org.orggraph.dashboard;

import java.util.List;

/** How many organizations, members and alliances a dashboard's scope has. */
record DashboardTotals(int communities, int compounds, int industrialParks, int units, List<UnitKindCount> unitsByKind,
        int partyOrganizations, int members, int alliances, int serviceCenters) {
}
