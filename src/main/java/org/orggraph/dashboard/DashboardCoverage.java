package org.orggraph.dashboard;

/** The coverage rates of a dashboard's scope. */
record DashboardCoverage(Rate communitiesWithCommittee, Rate compoundsWithBranch, Rate unitsReported,
        Rate membersReported, Rate communitiesWithServiceCenter, Rate gridCoverage) {
}
