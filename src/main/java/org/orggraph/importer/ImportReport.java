package org.orggraph.importer;

import java.util.List;
import java.util.Map;

/**
 * What an import did or would do: the same for the command line (printed) and {@code POST /api/import} (as JSON).
 *
 * @param applied        whether the changes were written (never when there are errors or on a dry run)
 * @param changes        per file type (label or relationship type): created, updated, unchanged
 * @param changeEventId  the {@code ChangeEvent} recording the import, null when nothing was written
 * @param phases         milliseconds per phase (read and validate, compare with the graph, write, commit)
 * @param cpuMillis      the CPU time this process spent during the import, all its threads (the embedded
 *                       database's too when it runs in this process): on a busy machine a steadier figure than
 *                       the wall time
 */
public record ImportReport(boolean dryRun, boolean applied, List<String> files, int rowsRead, int rejectedRows,
        List<Rejection> errors, Map<String, ImportCounts> changes, String changeEventId, String summary,
        String summaryZh, long millis, Map<String, Long> phases, long cpuMillis) {

    /** One rejected file or row: where, why (code), and the reason in both languages. */
    public record Rejection(String file, String sheet, int line, String column, String code, String message,
            String messageZh) {
    }

    /** What the report needs of the rows once they are written: how many were read, and the errors. */
    record Totals(int rowsRead, List<ImportError> errors) {

        static Totals of(ImportRows rows) {
            return new Totals(rows.rowsRead(), rows.errors());
        }
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Created + updated over all types. */
    public int changed() {
        return changes.values().stream().mapToInt(c -> c.created() + c.updated()).sum();
    }

    public int unchanged() {
        return changes.values().stream().mapToInt(ImportCounts::unchanged).sum();
    }
}
