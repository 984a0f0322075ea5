package org.orggraph.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Two answers compared as data, not as text: maps without their key order, every number as a decimal of ten
 * significant digits (GraphQL's Int and Float arrive from JSON as int or double, the driver's as long or double,
 * and a rate divided in Java or in Cypher may differ in its last bits), dates as their ISO text. Lists keep their
 * order: both sides must sort alike.
 */
final class Answers {

    private static final MathContext DIGITS = new MathContext(10);

    private Answers() {
    }

    /** The value in comparable form: sorted maps, lists, decimals, strings, booleans and nulls. */
    static Object normalized(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((key, item) -> sorted.put(String.valueOf(key), normalized(item)));
            return sorted;
        }
        if (value instanceof Iterable<?> items) {
            List<Object> list = new ArrayList<>();
            items.forEach(item -> list.add(normalized(item)));
            return list;
        }
        if (value instanceof Number number) {
            BigDecimal decimal = number instanceof Double || number instanceof Float
                    ? BigDecimal.valueOf(number.doubleValue()) : new BigDecimal(number.toString());
            return decimal.round(DIGITS).stripTrailingZeros();
        }
        if (value instanceof TemporalAccessor || value instanceof Character) {
            return value.toString();
        }
        return value;
    }

    /** Where the two answers first differ ({@code $.a.b[2]: x ≠ y}), nothing when they are equal. */
    static Optional<String> difference(Object graphQl, Object statement) {
        return difference("$", normalized(graphQl), normalized(statement));
    }

    private static Optional<String> difference(String at, Object left, Object right) {
        if (left instanceof Map<?, ?> a && right instanceof Map<?, ?> b) {
            TreeSet<String> keys = new TreeSet<>();
            a.keySet().forEach(k -> keys.add((String) k));
            b.keySet().forEach(k -> keys.add((String) k));
            for (String key : keys) {
                if (!a.containsKey(key) || !b.containsKey(key)) {
                    return Optional.of(at + "." + key + ": only in the " + (a.containsKey(key) ? "GraphQL" : "statement's")
                            + " answer");
                }
                Optional<String> inner = difference(at + "." + key, a.get(key), b.get(key));
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }
        if (left instanceof List<?> a && right instanceof List<?> b) {
            Iterator<?> i = a.iterator();
            Iterator<?> j = b.iterator();
            for (int index = 0; i.hasNext() && j.hasNext(); index++) {
                Optional<String> inner = difference(at + "[" + index + "]", i.next(), j.next());
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return a.size() == b.size() ? Optional.empty()
                    : Optional.of(at + ": " + a.size() + " items ≠ " + b.size());
        }
        if (left == null ? right == null : left.equals(right)) {
            return Optional.empty();
        }
        return Optional.of(at + ": " + shortened(left) + " ≠ " + shortened(right));
    }

    private static String shortened(Object value) {
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }
}
