package org.orggraph.alliance;

/**
 * The gaps of one alliance: the alliance object, the structural gaps (one statement computes the four of them), and
 * how many ids of each to return; the isolated members come from the links statement, only when selected. {@code asOf}:
 * the day the gaps are of, or null for today.
 */
record AllianceHealth(Object alliance, String allianceId, java.time.LocalDate asOf, int first,
        GapList compoundsWithoutBranch, GapList communitiesWithoutServiceCenter, GapList unitsNeverReported,
        GapList unmetNeeds) {
}
