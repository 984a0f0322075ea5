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

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
