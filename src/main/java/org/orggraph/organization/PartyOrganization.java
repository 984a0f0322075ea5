package org.orggraph.organization;

import java.time.LocalDate;

/** 党组织: a committee, general branch or branch. */
public record PartyOrganization(String id, String name, String pinyin, String initials, boolean generated,
        String level, boolean expanded, LocalDate founded) {
}
