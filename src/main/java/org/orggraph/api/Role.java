package org.orggraph.api;

/**
 * What a caller may do and see. Each role includes the reach of the roles before it, except that ANALYST and
 * EDITOR are siblings above PLANNER (an analyst reads Cypher, an editor writes); ADMIN has every reach.
 */
public enum Role {
    /** Structure and aggregates; no personal data (people's names are masked too). */
    VIEWER,
    /** Plus people's names, cross-unit links and their evidence. */
    PLANNER,
    /** Plus mutations and import. */
    EDITOR,
    /** Plus Cypher, read-only. */
    ANALYST,
    /** Users, audit, export of everything, personal data in clear. */
    ADMIN;

    /**
     * Whether this role has the reach of {@code other}: every role has its own and VIEWER's, EDITOR and ANALYST
     * also PLANNER's, ADMIN every role's.
     */
    public boolean includes(Role other) {
        return this == other || this == ADMIN || other == VIEWER
                || other == PLANNER && (this == EDITOR || this == ANALYST);
    }

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
