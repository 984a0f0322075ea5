package org.orggraph.importer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;
import org.orggraph.alliance.LinkProjection;
import org.orggraph.audit.Actor;
import org.orggraph.audit.AuditTrail;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The import, shared by the {@code import} command and {@code POST /api/import}: every file is read and every row
 * validated first; a file set with any error writes nothing. Otherwise the rows are compared with the graph and
 * the created and updated ones are merged through the {@link BulkLoader} in ONE transaction, together with one
 * {@code ChangeEvent} of type IMPORTED that records the counts (and links what changed, up to
 * {@value #LINKED_CHANGES} nodes). Validation and comparison run in that same transaction, so what was checked is
 * what gets written.
 */
@Component
public class ImportEngine {

    /** Above this many changed nodes the change event describes the counts but links none (a link per node costs). */
    static final int LINKED_CHANGES = 10_000;

    private final BulkLoader loader;
    private final ImportFormat format;
    private final ImportMessages messages;
    private final ImportAudit audit;
    private final Clock clock;
    private final LinkProjection links;

    @Autowired
    public ImportEngine(BulkLoader loader, ImportFormat format, ImportMessages messages, AuditTrail trail,
            LinkProjection links) {
        this(loader, format, messages, trail, links, Clock.systemDefaultZone());
    }

    ImportEngine(BulkLoader loader, ImportFormat format, ImportMessages messages, AuditTrail trail,
            LinkProjection links, Clock clock) {
        this.loader = loader;
        this.format = format;
        this.messages = messages;
        this.audit = new ImportAudit(trail);
        this.links = links;
        this.clock = clock;
    }

    /**
     * For the command line, whose context has the database and the link projection (ImportCommandConfiguration) but
     * not the app's loader, messages and audit trail. {@code loader} writes in-process when the command started the
     * embedded database itself, over {@code driver} when it talks to a running app or a remote database.
     */
    public static ImportEngine over(Driver driver, BulkLoader loader, LinkProjection links) {
        return new ImportEngine(loader, new ImportFormat(), new ImportMessages(),
                AuditTrail.writingOnly(driver), links);
    }

    public ImportFormat format() {
        return format;
    }

    /** An import by whoever runs the jar's {@code import} command (and the tests). */
    public ImportReport run(List<SourceFile> files, boolean dryRun, ImportProgress progress) {
        return run(files, dryRun, progress, Actor.commandLine());
    }

    /** An import by {@code actor}, recorded in the audit trail once its transaction has ended. */
    public ImportReport run(List<SourceFile> files, boolean dryRun, ImportProgress progress, Actor actor) {
        Outcome outcome = apply(files, dryRun, progress);
        audit.record(actor, outcome.report(), outcome.changed());
        return outcome.report();
    }

    /** The report, and the ids of the nodes written (none unless applied). */
    private record Outcome(ImportReport report, Map<NodeLabel, List<String>> changed) {
    }

    private Outcome apply(List<SourceFile> files, boolean dryRun, ImportProgress progress) {
        long started = System.nanoTime();
        Phases phases = new Phases(started);
        List<String> names = files.stream().map(SourceFile::name).toList();
        try (ImportTransaction tx = loader.beginTransaction()) {
            GraphLookup graph = new GraphLookup(tx);
            ImportRows rows = new ImportValidator(format).validate(files, graph);
            phases.end("read and validate");
            if (!rows.errors().isEmpty()) {
                return new Outcome(report(dryRun, false, names, rows, Map.of(), null, started, phases), Map.of());
            }
            LocalDate today = LocalDate.now(clock);
            ImportPlan plan = ImportPlan.of(rows, graph, today);
            phases.end("compare with the graph");
            if (dryRun || plan.changes() == 0) {
                return new Outcome(report(dryRun, false, names, rows, plan.counts(), null, started, phases),
                        Map.of());
            }
            String eventId = "event:import:" + clock.instant().toString();
            GraphBatch batch = plan.batch();
            record(batch, eventId, today, plan, names);
            progress.start(batch.nodeCount() + (long) batch.relationshipCount());
            Map<String, ImportCounts> counts = plan.counts();
            Map<NodeLabel, List<String>> changed = plan.changedNodes();
            Map<NodeLabel, Set<String>> named = batch.namedIds();
            ImportReport.Totals totals = ImportReport.Totals.of(rows);
            // From here on the batch is the only copy of the rows: each slice is let go once sent.
            rows = null;
            plan = null;
            try {
                loader.loadInTransaction(batch, tx, progress::advance);
                // the link projection commits with the rows: the links around what the import named
                links.refreshAroundIds(tx.statements(), named);
                named = null;
                phases.end("write");
                tx.commit();
            } catch (Neo4jException e) {
                if (!TransactionMemory.exceeded(e)) {
                    throw e;
                }
                progress.finish();
                return new Outcome(tooBig(dryRun, names, totals, started, phases), Map.of());
            }
            phases.end("commit");
            progress.finish();
            return new Outcome(report(false, true, names, totals, counts, eventId, started, phases), changed);
        }
    }

    /** The import's change event, and its links to the changed nodes when there are not too many. */
    private void record(GraphBatch batch, String eventId, LocalDate today, ImportPlan plan, List<String> files) {
        String counts = plan.counts().entrySet().stream()
                .filter(e -> e.getValue().created() + e.getValue().updated() > 0)
                .map(e -> e.getKey() + " +" + e.getValue().created() + " ~" + e.getValue().updated())
                .collect(Collectors.joining(", "));
        batch.node(NodeLabel.ChangeEvent, eventId, Map.of("type", "IMPORTED", "date", today,
                "description", "Import of " + String.join(", ", files.stream().map(f -> new SourceFile(f, null)
                        .baseName()).toList()) + " (created +, updated ~): " + counts));
        int changed = plan.changedNodes().values().stream().mapToInt(List::size).sum();
        if (changed <= LINKED_CHANGES) {
            plan.changedNodes().forEach((label, ids) -> ids.forEach(id ->
                    batch.relationship(NodeLabel.ChangeEvent, eventId, RelType.CHANGED, label, id)));
        }
    }

    private ImportReport report(boolean dryRun, boolean applied, List<String> files, ImportRows rows,
            Map<String, ImportCounts> counts, String eventId, long started, Phases phases) {
        return report(dryRun, applied, files, ImportReport.Totals.of(rows), counts, eventId, started, phases);
    }

    /** The import needed more memory than one transaction may hold: rolled back, nothing written. */
    private ImportReport tooBig(boolean dryRun, List<String> files, ImportReport.Totals totals, long started,
            Phases phases) {
        ImportError error = ImportError.ofFile(String.join(", ", files), "import.transaction.memory",
                totals.rowsRead());
        return report(dryRun, false, files, new ImportReport.Totals(totals.rowsRead(), List.of(error)), Map.of(),
                null, started, phases);
    }

    private ImportReport report(boolean dryRun, boolean applied, List<String> files, ImportReport.Totals rows,
            Map<String, ImportCounts> counts, String eventId, long started, Phases phases) {
        List<ImportReport.Rejection> rejections = new ArrayList<>();
        for (ImportError e : rows.errors()) {
            rejections.add(new ImportReport.Rejection(e.file(), e.sheet(), e.line(), e.column(), e.code(),
                    messages.english(e.code(), e.args()), messages.chinese(e.code(), e.args())));
        }
        int rejected = (int) rows.errors().stream().filter(e -> e.line() > 1)
                .map(e -> e.file() + ":" + e.line()).distinct().count();
        String code;
        List<Object> args;
        if (!rejections.isEmpty()) {
            code = "import.summary.errors";
            args = List.of(rows.rowsRead(), rejected);
        } else {
            int changed = counts.values().stream().mapToInt(c -> c.created() + c.updated()).sum();
            int unchanged = counts.values().stream().mapToInt(ImportCounts::unchanged).sum();
            code = dryRun ? "import.summary.dryRun" : changed == 0 ? "import.summary.unchanged"
                    : "import.summary.applied";
            args = List.of(rows.rowsRead(), changed == 0 && !dryRun ? unchanged : countsText(counts));
        }
        return new ImportReport(dryRun, applied, files, rows.rowsRead(), rejected, rejections, counts, eventId,
                messages.english(code, args), messages.chinese(code, args), (System.nanoTime() - started) / 1_000_000,
                phases.millis(), phases.cpuMillis());
    }

    /** Milliseconds per phase of one import: where a big one spends its time. */
    private static final class Phases {
        private final Map<String, Long> millis = new LinkedHashMap<>();
        private final long cpuStarted = processCpuNanos();
        private long mark;

        Phases(long started) {
            this.mark = started;
        }

        long cpuMillis() {
            return (processCpuNanos() - cpuStarted) / 1_000_000;
        }

        private static long processCpuNanos() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
        }

        void end(String phase) {
            long now = System.nanoTime();
            millis.put(phase, (now - mark) / 1_000_000);
            mark = now;
        }

        Map<String, Long> millis() {
            return java.util.Collections.unmodifiableMap(millis);
        }
    }

    private static String countsText(Map<String, ImportCounts> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " +" + e.getValue().created() + " ~"
                + e.getValue().updated() + " =" + e.getValue().unchanged()).collect(Collectors.joining(", "));
    }
}
