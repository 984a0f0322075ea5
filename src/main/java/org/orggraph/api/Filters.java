package org.orggraph.api;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a GraphQL filter input (a record) into Cypher parameters: one parameter per component, {@code null} when
 * the client left it out, so that the statement's {@code $x IS NULL OR …} clauses switch it off. Enums travel as
 * their names. Filters never change the statement's text.
 */
public final class Filters {

    private Filters() {
    }

    public static <R extends Record> Map<String, Object> parameters(Class<R> type, R filter) {
        Map<String, Object> parameters = new HashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Object value = null;
            if (filter != null) {
                try {
                    java.lang.reflect.Method accessor = component.getAccessor();
                    accessor.setAccessible(true); // filter records are package-private in their feature
                    value = accessor.invoke(filter);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException(e);
                }
            }
            parameters.put(component.getName(), cypherValue(value));
        }
        return parameters;
    }

    static Object cypherValue(Object value) {
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
