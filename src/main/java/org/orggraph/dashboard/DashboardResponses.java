package org.orggraph.dashboard;

import java.util.Set;

import org.orggraph.api.KeptQueries;
import org.springframework.stereotype.Component;

/**
 * {@code Query.dashboard}'s whole responses are kept (api/KeptResponses) under the history's cursor, like the
 * results of its statements (DashboardStatements), so a poll between two changes runs none of its fields: the
 * cursor read and the serialization are what is left. The cursor also counts this instance's
 * {@link DashboardStatements#forget()}s, so that what forgets the results forgets the responses built of them.
 */
@Component
class DashboardResponses implements KeptQueries {

    /** The history's cursor, and how often this instance forgot what it kept. */
    record Cursor(DashboardStatements.HistoryCursor history, long forgotten) {
    }

    private final DashboardStatements statements;

    DashboardResponses(DashboardStatements statements) {
        this.statements = statements;
    }

    @Override
    public Set<String> rootFields() {
        return Set.of("dashboard");
    }

    @Override
    public Cursor cursor() {
        long forgotten = statements.forgotten();
        return new Cursor(statements.cursor(), forgotten);
    }
}
