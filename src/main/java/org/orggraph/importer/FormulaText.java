package org.orggraph.importer;

/**
 * Text that a spreadsheet would take for a formula when it opens a CSV file: a cell starting with {@code = + - @},
 * a tab or a carriage return (OWASP, "CSV Injection"). The export writes such text with a leading apostrophe,
 * the spreadsheets' own mark of "text, not a formula"; the import takes the apostrophe off again, so that what
 * was exported reads back unchanged, and refuses an unmarked {@code =}.
 */
public final class FormulaText {

    private static final String FORMULA_START = "=+-@\t\r";
    private static final char MARK = '\'';

    private FormulaText() {
    }

    /** Whether a spreadsheet would evaluate this text. */
    public static boolean formulaLike(String text) {
        return !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0;
    }

    /** The text as a CSV cell: marked when a spreadsheet would evaluate it. */
    public static String escape(String text) {
        return formulaLike(text) ? MARK + text : text;
    }

    /** The text an {@link #escape}d cell holds. */
    static String unescape(String text) {
        return text.length() > 1 && text.charAt(0) == MARK && formulaLike(text.substring(1)) ? text.substring(1) : text;
    }
}
