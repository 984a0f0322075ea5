package org.orggraph.editing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One ChangeEvent a mutation records: its type (ChangeEventType), the day it took effect, a description, the
 * state before and after (written as JSON), the ids of the nodes it changed and, for a move, where to.
 */
record Change(String type, LocalDate date, String description, Map<String, Object> before,
        Map<String, Object> after, List<String> subjects, String into, String fromLevel, String toLevel,
        String reason) {

    static Change of(String type, LocalDate date, String description, Map<String, Object> before,
            Map<String, Object> after, List<String> subjects, String into) {
        return new Change(type, date, description, before, after, subjects, into, null, null, null);
    }
}
