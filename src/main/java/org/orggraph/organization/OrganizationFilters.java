package org.orggraph.organization;

import java.time.LocalDate;
import java.util.List;

import org.orggraph.api.SortKey;

/** The GraphQL filter inputs and order fields of the organization lists. */
final class OrganizationFilters {

    private OrganizationFilters() {
    }

    record UnitFilter(String nameContains, List<String> kinds, String areaId, String allianceId) {
    }

    record PartyOrganizationFilter(String nameContains, List<String> levels, Boolean expanded, String hostId,
            String areaId, String allianceId, LocalDate foundedFrom, LocalDate foundedTo) {
    }

    record ServiceCenterFilter(String nameContains, List<String> levels, String areaId) {
    }

    enum UnitOrderField {
        NAME("pinyin"), ID("id"), EMPLOYEES("employees");

        private final String property;

        UnitOrderField(String property) {
            this.property = property;
        }

        SortKey key() {
            return SortKey.of(this, property);
        }
    }

    enum PartyOrganizationOrderField {
        NAME("pinyin"), ID("id"), FOUNDED("founded");

        private final String property;

        PartyOrganizationOrderField(String property) {
            this.property = property;
        }

        SortKey key() {
            return SortKey.of(this, property);
        }
    }

    enum ServiceCenterOrderField {
        NAME("pinyin"), ID("id"), FLOOR_AREA("floorAreaM2");

        private final String property;

        ServiceCenterOrderField(String property) {
            this.property = property;
        }

        SortKey key() {
            return SortKey.of(this, property);
        }
    }
}
