package org.orggraph.alliance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** An organization's membership in an alliance: the community, park or unit object, its role and since when. */
public record AllianceMember(Object organization, String organizationId, String role, LocalDate since) {

    /** Lead first, then by id (communities, parks, units). */
    static List<AllianceMember> ordered(List<AllianceMember> members) {
        return members.stream()
                .sorted(Comparator.comparing((AllianceMember m) -> !"LEAD".equals(m.role()))
                        .thenComparing(AllianceMember::organizationId))
                .toList();
    }
}
