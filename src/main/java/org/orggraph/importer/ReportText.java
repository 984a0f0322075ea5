package org.orggraph.importer;

import java.io.PrintStream;

/** An {@link ImportReport} as the command prints it: the summary, the changes per type, every rejected row. */
final class ReportText {

    private ReportText() {
    }

    static void print(ImportReport report, PrintStream out) {
        out.println(report.summary());
        out.println(report.summaryZh());
        if (!report.changes().isEmpty()) {
            out.printf("%-22s %9s %9s %9s%n", "type", "created", "updated", "unchanged");
            report.changes().forEach((type, c) -> out.printf("%-22s %9d %9d %9d%n", type, c.created(), c.updated(),
                    c.unchanged()));
            out.printf("unchanged: %d%n", report.unchanged());
        }
        for (ImportReport.Rejection e : report.errors()) {
            String where = e.file() + (e.sheet() != null ? ", sheet " + e.sheet() + ", row " + e.line()
                    : e.line() > 0 ? ", line " + e.line() : "") + (e.column() != null ? ", column " + e.column() : "");
            out.println(where + ": [" + e.code() + "] " + e.message() + " / " + e.messageZh());
        }
        if (report.changeEventId() != null) {
            // where a big import's time went, and its CPU: on a shared machine the wall time alone says little
            out.println("Recorded as " + report.changeEventId() + " (" + report.millis() + " ms: "
                    + report.phases().entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " ms")
                    .collect(java.util.stream.Collectors.joining(", ")) + "; CPU " + report.cpuMillis() + " ms)");
        }
    }
}
