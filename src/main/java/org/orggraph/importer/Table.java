package org.orggraph.importer;

import java.util.List;

/**
 * The cells of one file as text, whatever its format: the header row and the rows under it, each with where it
 * is in the file (a line of a CSV or JSON file, a row of an XLSX sheet), so every error can point at it.
 */
public record Table(String file, String sheet, List<String> headers, List<Row> rows) {

    public record Row(int line, List<String> cells) {
        /** The cell under header {@code index}, null when the row is shorter or the cell is empty. */
        public String cell(int index) {
            if (index >= cells.size()) {
                return null;
            }
            String value = cells.get(index);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
