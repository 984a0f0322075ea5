package org.orggraph.threelists;

import java.time.LocalDate;

/** 需求清单: a need raised by a community or compound (the residents' order). */
public record Need(String id, String name, String category, String status, LocalDate raisedOn) {
}
