package org.orggraph.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/** Conversions of property values read from the graph (relationship properties come back as plain objects). */
public final class Values {

    private Values() {
    }

    /** A Cypher DATE (or an ISO string, or a date-time's date) as a LocalDate; null stays null. */
    public static LocalDate date(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        if (value instanceof ZonedDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }


    /** A property as String; null stays null. */
    public static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
