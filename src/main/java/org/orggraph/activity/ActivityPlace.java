package org.orggraph.activity;

/** Where an activity was held ({@code HELD_AT {stairwells, households}}). */
public record ActivityPlace(Object place, Integer stairwells, Integer households) {
}
