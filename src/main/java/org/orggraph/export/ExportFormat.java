package org.orggraph.export;

import java.util.Locale;

/** What {@code export --format} and {@code GET /api/export?format=} take. */
public enum ExportFormat {
    CSV, XLSX, JSON, CYPHER;

    /** The format, or an IllegalArgumentException naming the valid ones. */
    public static ExportFormat parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown export format '" + text + "': use csv, xlsx, json or cypher");
        }
    }

    TableFormat table() {
        return switch (this) {
            case CSV -> TableFormat.CSV;
            case XLSX -> TableFormat.XLSX;
            case JSON -> TableFormat.JSON;
            case CYPHER -> throw new IllegalStateException("cypher is a script, not a table");
        };
    }
}
