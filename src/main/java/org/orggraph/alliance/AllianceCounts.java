package org.orggraph.alliance;

/** What an alliance covers. */
public record AllianceCounts(int communities, int industrialParks, int units, int partyOrganizations,
        int partyMembers) {
}
