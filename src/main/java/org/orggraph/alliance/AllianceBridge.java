package org.orggraph.alliance;

import java.util.List;

/** A link from a member of one alliance (source) to a member of another (target, of {@code otherAlliance}). */
public record AllianceBridge(Object source, Object target, Object otherAlliance, List<LinkKindCount> kindCounts,
        int weight, List<LinkEvidence> evidenceFetched) implements OrganizationLink {
}
