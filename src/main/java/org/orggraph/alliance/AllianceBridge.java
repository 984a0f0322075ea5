package org.orggraph.alliance;

import java.util.List;

/**
 * A link from a member of one alliance (source) to a member of another (target, of {@code otherAlliance});
 * {@code kinds} is derived from {@code kindCounts} (a component, so that the schema inspection sees it).
 */
public record AllianceBridge(Object source, Object target, Alliance otherAlliance, List<LinkKindCount> kindCounts,
        List<LinkKind> kinds, int weight, List<LinkEvidence> evidenceFetched) implements OrganizationLink {

    public AllianceBridge(Object source, Object target, Alliance otherAlliance, List<LinkKindCount> kindCounts,
            int weight, List<LinkEvidence> evidenceFetched) {
        this(source, target, otherAlliance, kindCounts, OrganizationLink.kindsOf(kindCounts), weight,
                evidenceFetched);
    }
}
