package org.orggraph.history;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/** 升格, 成立, 加入, 调动, 导入 (IMPORTED: one per import that changed something): a dated change of the network. */
public record ChangeEvent(String id, String type, LocalDate date, String description, String fromLevel,
        String toLevel, String context, String actor, ZonedDateTime at, String before, String after, String reason) {
}
