package org.orggraph.api;

import java.util.Collection;

/**
 * Turns GraphQL argument values (a filter input's fields, see {@code node/RootLists}) into Cypher parameters:
 * {@code null} when the client left them out, so that the statement's {@code $x IS NULL OR …} clauses switch them
 * off. Enums travel as their names. Filters never change the statement's text.
 */
public final class Filters {

    private Filters() {
    }

    /** A GraphQL argument value as a Cypher parameter: enums by name, blank strings and empty lists as null. */
    public static Object cypherValue(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof String s) {
            return s.isBlank() ? null : s.strip();
        }
        if (value instanceof Collection<?> values) {
            if (values.isEmpty()) {
                return null;
            }
            return values.stream().map(Filters::cypherValue).toList();
        }
        return value;
    }
}
