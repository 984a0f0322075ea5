package org.orggraph.area;

import org.orggraph.member.Person;

/** A person's role for a building ({@code LEADS_BUILDING {role}}). */
public record BuildingLeader(Person person, Building building, String role) {
}
