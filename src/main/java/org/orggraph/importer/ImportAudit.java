package org.orggraph.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.orggraph.audit.Actor;
import org.orggraph.audit.AuditTrail;
import org.orggraph.model.NodeLabel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit entry of every import, accepted, rejected or dry run, written after its transaction ended: who, the
 * files, the rows read, the counts per type and the ids of the nodes it changed. An import of thousands of rows lists
 * the first {@value #LISTED_IDS} ids and says of how many (the IMPORTED change event links them all up to
 * {@link ImportEngine#LINKED_CHANGES}).
 */
final class ImportAudit {

    static final String ACTION = "import";
    /** Ids kept in one entry: enough to find a small import's changes, bounded for a 200,000-row one. */
    static final int LISTED_IDS = 1_000;

    private static final Logger log = LoggerFactory.getLogger(ImportAudit.class);

    private final AuditTrail trail;

    ImportAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** {@code changed}: the ids of the nodes the import wrote (empty unless it was applied). */
    void record(Actor actor, ImportReport report, Map<NodeLabel, List<String>> changed) {
        List<String> ids = new ArrayList<>();
        int total = 0;
        for (List<String> labelIds : changed.values()) {
            total += labelIds.size();
            labelIds.stream().limit(Math.max(0, LISTED_IDS - ids.size())).forEach(ids::add);
        }
        String outcome = !report.ok() ? "rejected: " + report.rejectedRows() + " rows, " + report.errors().size()
                + " errors (" + report.errors().stream().map(ImportReport.Rejection::code).distinct().limit(5)
                .collect(Collectors.joining(", ")) + ")"
                : report.dryRun() ? "dry run" : report.applied() ? "applied" : "unchanged";
        StringBuilder detail = new StringBuilder("files: ").append(String.join(", ", report.files()))
                .append("; rows read: ").append(report.rowsRead());
        if (!report.changes().isEmpty()) {
            detail.append(report.dryRun() ? "; would change (created +, updated ~, unchanged =): "
                    : "; created +, updated ~, unchanged =: ").append(report.changes().entrySet().stream()
                    .map(e -> e.getKey() + " +" + e.getValue().created() + " ~" + e.getValue().updated() + " ="
                            + e.getValue().unchanged()).collect(Collectors.joining(", ")));
        }
        if (report.changeEventId() != null) {
            detail.append("; change event ").append(report.changeEventId());
        }
        if (total > 0) {
            detail.append("; nodes changed: ").append(total).append(total > ids.size()
                    ? " (the first " + ids.size() + " ids listed)" : " (all ids listed)");
        }
        try {
            trail.record(actor.name(), ACTION, outcome, ids, actor.origin(), detail.toString());
        } catch (RuntimeException e) {
            // The import stands (committed or not) even when the trail cannot be written; the log keeps it then.
            log.warn("The audit trail did not record the import of {} by {} ({}): {}", report.files(), actor.name(),
                    outcome, e.getMessage());
        }
    }
}
