package org.orggraph.export;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Property values as Cypher literals, for the export script that cypher-shell runs: strings quoted with
 * {@code \} escapes, numbers and booleans as they are, dates as {@code date('…')}. The model's properties are only
 * these types; anything else is refused rather than written wrongly.
 */
final class CypherLiterals {

    private CypherLiterals() {
    }

    static String of(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            StringBuilder out = new StringBuilder("'");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\'' -> out.append("\\'");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(c);
                }
            }
            return out.append('\'').toString();
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Double d && Double.isFinite(d)) {
            return d.toString();
        }
        if (value instanceof LocalDate date) {
            return "date('" + date + "')";
        }
        throw new IllegalArgumentException("No Cypher literal for a " + value.getClass().getSimpleName());
    }

    /** A map literal; keys are property names of the model, quoted with backticks. */
    static String map(Map<String, Object> values) {
        return values.entrySet().stream().map(e -> "`" + e.getKey().replace("`", "``") + "`: " + of(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
