package org.orggraph.model;

/**
 * The relationship types of the OrgGraph model; see {@code cypher/schema/README.md} for what each means
 * and which labels it connects.
 */
public enum RelType {
    // area hierarchy
    PART_OF, LOCATED_IN,
    // party organizations
    SUBORDINATE_TO, HOSTED_BY, REPRESENTED_ON, LED_BY,
    // people
    MEMBER_OF, WORKS_AT, LIVES_IN, REPORTS_TO, COMMUNITY_WORKER_OF, LEADS_BUILDING, VOLUNTEERS_FOR, WORKS_IN_GRID,
    // alliances and grids
    IN_ALLIANCE, COVERS,
    // three lists
    RAISED_BY, OFFERED_BY, LISTED_BY, CLAIMS, USES, CLAIMED_BY, PAID_BY,
    // activities, summons, epidemic mobilization
    ORGANIZED_BY, HELD_AT, PARTICIPATED_IN, ANSWERED, CONCERNS, FORMED_BY, MEMBER_OF_TEAM, MOBILIZED_FOR, STATIONED_AT,
    // history
    CHANGED, INTO, APPLIES_TO;

    public String cypher() {
        return "`" + name() + "`";
    }
}
