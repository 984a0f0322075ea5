package org.orggraph.importer;

import java.util.List;

/**
 * Why a file or a row was rejected: where (file, sheet of an XLSX file, line or row, column) and a code with its
 * arguments; the messages in English and Chinese come from {@code importer/messages*.properties}.
 *
 * @param line the line of a CSV or JSON file or the row of an XLSX sheet (1 = the header), 0 for the whole file
 */
public record ImportError(String file, String sheet, int line, String column, String code, List<Object> args) {

    public ImportError {
        args = List.copyOf(args);
    }

    static ImportError ofFile(String file, String code, Object... args) {
        return new ImportError(file, null, 0, null, code, List.of(args));
    }

    static ImportError at(Table table, int line, String column, String code, Object... args) {
        return new ImportError(table.file(), table.sheet(), line, column, code, List.of(args));
    }
}
