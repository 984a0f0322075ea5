package org.orggraph.alliance;

import java.util.Map;

/**
 * The gaps of one alliance: the alliance object, the structural gaps (computed by one statement, by gap name) and
 * how many ids of each to return; the isolated members come from the links statement when selected.
 */
record AllianceHealth(Object alliance, String allianceId, Map<String, GapList> gaps, int first) {
}
