package org.orggraph.alliance;

import java.util.List;

/**
 * A link between two member organizations of the same alliance (source id &lt; target id). {@code kinds} is derived
 * from {@code kindCounts}; it is a component so that the schema inspection sees the field mapped.
 */
public record CrossUnitLink(Object source, Object target, List<LinkKindCount> kindCounts, List<LinkKind> kinds,
        int weight, List<LinkEvidence> evidenceFetched) implements OrganizationLink {

    public CrossUnitLink(Object source, Object target, List<LinkKindCount> kindCounts, int weight,
            List<LinkEvidence> evidenceFetched) {
        this(source, target, kindCounts, OrganizationLink.kindsOf(kindCounts), weight, evidenceFetched);
    }
}
