package org.orggraph.export;

import java.util.List;
import java.util.stream.Collectors;

import org.orggraph.audit.Actor;
import org.orggraph.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an export and records it in the audit trail once it has ended (done or failed): who, the format, the scope
 * (the whole graph or one alliance, whose id is the entry's one id) and the rows written per type. The exported nodes
 * themselves are not listed: an export reads thousands, and the scope says which they are.
 */
final class ExportAudit {

    static final String ACTION = "export";

    private static final Logger log = LoggerFactory.getLogger(ExportAudit.class);

    private final Exporter exporter;
    private final AuditTrail trail;

    ExportAudit(Exporter exporter, AuditTrail trail) {
        this.exporter = exporter;
        this.trail = trail;
    }

    Exporter.Summary export(Actor actor, ExportFormat format, String alliance, Exporter.Sink sink) {
        String scope = "format " + format.name().toLowerCase(java.util.Locale.ROOT) + ", "
                + (alliance == null ? "the whole graph" : "alliance " + alliance);
        Exporter.Summary summary;
        try {
            summary = exporter.export(format, alliance, sink);
        } catch (RuntimeException e) {
            record(actor, alliance, "failed: " + e.getMessage(), scope);
            throw e;
        }
        int total = summary.rows().values().stream().mapToInt(Integer::intValue).sum();
        record(actor, alliance, "done", scope + "; rows: " + total + " (" + summary.rows().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")");
        return summary;
    }

    private void record(Actor actor, String alliance, String outcome, String detail) {
        try {
            trail.record(actor.name(), ACTION, outcome, alliance == null ? List.of() : List.of(alliance),
                    actor.origin(), detail);
        } catch (RuntimeException e) {
            log.warn("The audit trail did not record the export ({}) by {} ({}): {}", detail, actor.name(), outcome,
                    e.getMessage());
        }
    }
}
