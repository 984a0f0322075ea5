package org.orggraph.alliance;

import java.util.List;

/** The shape shared by cross-unit links and bridges. */
public interface OrganizationLink {

    Object source();

    Object target();

    List<LinkKindCount> kindCounts();

    int weight();

    /** All evidence fetched for the link (as many per kind as the selection asked), kinds taking turns. */
    List<LinkEvidence> evidenceFetched();

    /** The kinds of evidence present, in LinkKind order. */
    List<LinkKind> kinds();

    static List<LinkKind> kindsOf(List<LinkKindCount> counts) {
        return counts.stream().map(LinkKindCount::kind).toList();
    }
}
