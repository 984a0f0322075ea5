package org.orggraph.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The value of a cell for its column's type, or the code of the reason it has none. Numbers go through
 * {@link BigDecimal} (so an XLSX "12.0" is the integer 12), dates through {@link DateTimeFormatter}s.
 */
final class CellValues {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu.M.d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu年M月d日").withResolverStyle(ResolverStyle.STRICT));
    private static final Set<String> TRUE = Set.of("true", "yes", "y", "1", "是", "√");
    private static final Set<String> FALSE = Set.of("false", "no", "n", "0", "否", "×");

    /** A value, or the message code and arguments of why the text is not one. */
    sealed interface Result permits Value, Invalid {
    }

    record Value(Object value) implements Result {
    }

    record Invalid(String code, List<Object> args) implements Result {
    }

    private CellValues() {
    }

    static Result convert(Column column, String text) {
        return switch (column.type()) {
            case TEXT, REFERENCE -> text(text);
            case INTEGER -> integer(text);
            case DECIMAL -> decimal(text);
            case BOOLEAN -> bool(text);
            case DATE -> date(text);
            case ENUM -> enumeration(column, text);
        };
    }

    /** Longer than any name, address or note of a roster: a runaway cell, or a file read with the wrong layout. */
    static final int MAX_TEXT = 10_000;

    /**
     * Text as it is, unless it cannot be a roster's value: a control character (NUL and the like; tab and line breaks
     * are fine), over {@value #MAX_TEXT} characters, or a spreadsheet formula ({@code =HYPERLINK(…)}), which a
     * spreadsheet opening an export would run; a formula marked as text ({@code '=…}, as the export writes it) is
     * the text without the mark ({@link FormulaText}). The rejection does not repeat the text.
     */
    private static Result text(String text) {
        if (text.length() > MAX_TEXT) {
            return new Invalid("import.cell.tooLong", List.of(text.length(), MAX_TEXT));
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
            return new Invalid("import.cell.control", List.of());
        }
        if (text.startsWith("=")) {
            return new Invalid("import.cell.formula", List.of());
        }
        return new Value(FormulaText.unescape(text));
    }

    private static Result integer(String text) {
        try {
            return new Value(new BigDecimal(text).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return new Invalid("import.cell.integer", List.of(text));
        }
    }

    private static Result decimal(String text) {
        try {
            return new Value(new BigDecimal(text).doubleValue());
        } catch (NumberFormatException e) {
            return new Invalid("import.cell.decimal", List.of(text));
        }
    }

    private static Result bool(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (TRUE.contains(t)) {
            return new Value(Boolean.TRUE);
        }
        if (FALSE.contains(t)) {
            return new Value(Boolean.FALSE);
        }
        return new Invalid("import.cell.boolean", List.of(text));
    }

    private static Result date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return new Value(LocalDate.parse(text, format));
            } catch (DateTimeParseException next) {
                // the next format may read it
            }
        }
        return new Invalid("import.cell.date", List.of(text));
    }

    private static Result enumeration(Column column, String text) {
        String alias = column.aliases().get(text);
        String value = alias != null ? alias : ImportFormat.normalizeEnum(text);
        if (column.values().contains(value)) {
            return new Value(value);
        }
        return new Invalid("import.cell.enum", List.of(text, String.join(", ", column.values())));
    }
}
