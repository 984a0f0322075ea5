package org.orggraph.editing;

import java.time.LocalDate;
import java.util.Map;

import org.orggraph.editing.MutationError.ErrorCode;

/** Nothing joins, moves into or reports to an organization that was retired. */
final class Retired {

    private Retired() {
    }

    /** A CONFLICT on {@code field} when the locked organization {@code id} is retired by {@code date}. */
    static void check(Edit edit, String field, String id, LocalDate date) {
        if (!edit.found(id)) {
            return;
        }
        Map<String, Object> state = edit.one("party-organization-state", Map.of("organization", edit.element(id)));
        if (state.get("retired") instanceof LocalDate retired && !retired.isAfter(date)) {
            edit.error(ErrorCode.CONFLICT, field, id + " was retired on " + retired);
        }
    }
}
