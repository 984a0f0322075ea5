package org.orggraph.node;

import java.time.LocalDate;

import graphql.execution.ExecutionStepInfo;
import graphql.schema.DataFetchingEnvironment;

/**
 * "As of" a day: a field argument {@code asOf: Date} on a lookup, a root list or any field above shows the network
 * as it was on that day. Every field below it reads relationships in force then ({@code since <= asOf} and no
 * {@code until}, or {@code until > asOf}); relationships without {@code since} count as always there. The date is
 * found up the field's path, so every relationship field under an {@code asOf} obeys it without its own argument.
 * The Cypher conditions below take {@code $asOf} (null: today, i.e. open-ended) and name the relationship {@code r}.
 */
public final class AsOf {

    /** The argument's name. */
    public static final String ARGUMENT = "asOf";

    /** Begun by the day (every relationship when no day). */
    static final String BEGUN = "$asOf IS NULL OR coalesce(r.since <= $asOf, true)";

    /** In force: open-ended today, or begun by the day and not ended by it. */
    static final String IN_FORCE = "CASE WHEN $asOf IS NULL THEN r.until IS NULL"
            + " ELSE coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true) END";

    /** Ended (by the day). */
    static final String ENDED = "CASE WHEN $asOf IS NULL THEN r.until IS NOT NULL ELSE r.until <= $asOf END";

    private AsOf() {
    }

    /** The nearest {@code asOf} argument on the field's path (this field or one above it), or null. */
    public static LocalDate of(DataFetchingEnvironment env) {
        for (ExecutionStepInfo step = env.getExecutionStepInfo(); step != null; step = step.getParent()) {
            Object value = step.getArguments().get(ARGUMENT);
            if (value instanceof LocalDate date) {
                return date;
            }
        }
        return null;
    }
}
