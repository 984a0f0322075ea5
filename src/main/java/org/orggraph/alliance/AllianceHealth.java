package org.orggraph.alliance;

/**
 * The gaps of one alliance: the alliance object, the structural gaps (one statement computes the four of them), and
 * how many ids of each to return; the isolated members come from the links statement, only when selected.
 */
record AllianceHealth(Object alliance, String allianceId, int first, GapList compoundsWithoutBranch,
        GapList communitiesWithoutServiceCenter, GapList unitsNeverReported, GapList unmetNeeds) {
}
