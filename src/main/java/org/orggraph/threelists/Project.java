package org.orggraph.threelists;

import java.time.LocalDate;

/** 项目清单: a unit claims needs and serves them with resources. */
public record Project(String id, String name, String status, LocalDate claimedOn, LocalDate doneOn) {
}
