package org.orggraph.alliance;

import java.util.List;

/** A link between two member organizations of the same alliance (source id &lt; target id). */
public record CrossUnitLink(Object source, Object target, List<LinkKindCount> kindCounts, int weight,
        List<LinkEvidence> evidenceFetched) implements OrganizationLink {
}
