package org.orggraph.area;

/** The GraphQL filter inputs of the area lists. */
final class AreaFilters {

    private AreaFilters() {
    }

    record CommunityFilter(String nameContains, Boolean mainUrban, String areaId, String allianceId) {
    }

    record ResidentialCompoundFilter(String nameContains, String areaId, String allianceId) {
    }

    record IndustrialParkFilter(String nameContains, String areaId, String allianceId) {
    }

    record GridFilter(String nameContains, String areaId) {
    }
}
