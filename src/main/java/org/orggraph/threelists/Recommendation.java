package org.orggraph.threelists;

import java.util.List;

/** A unit that could serve a need (its GraphQL object, through the read path), with the reasons. */
record Recommendation(Object unit, double score, boolean sameAlliance, List<Object> resources, Integer distance,
        int pastProjects, int projectsForCommunity, String reason) {
}
