package org.orggraph.area;

import org.orggraph.member.Person;

/** A person working in a grid ({@code WORKS_IN_GRID {role}}). */
public record GridWorker(Person person, Grid grid, String role) {
}
