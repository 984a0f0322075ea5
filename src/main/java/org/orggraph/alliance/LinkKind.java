package org.orggraph.alliance;

import java.util.Arrays;
import java.util.List;

/** The kinds of evidence that link two organizations (see alliance.graphqls and member-link-patterns.cypher). */
public enum LinkKind {
    SHARED_PERSON, DUAL_REPORTING, PROJECT_FOR_NEED, RESOURCE_USED, JOINT_ACTIVITY, SUMMONS_ANSWERED;

    static final List<LinkKind> ALL = List.of(values());

    /** The kinds asked for, all when none, in enum order and without repeats. */
    static List<LinkKind> orAll(List<LinkKind> kinds) {
        if (kinds == null || kinds.isEmpty()) {
            return ALL;
        }
        return Arrays.stream(values()).filter(kinds::contains).toList();
    }
}
