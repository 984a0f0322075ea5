package org.orggraph.threelists;

import java.time.LocalDate;

/** 资源清单: a resource a unit or park offers. */
public record Resource(String id, String name, String category, LocalDate offeredOn) {
}
