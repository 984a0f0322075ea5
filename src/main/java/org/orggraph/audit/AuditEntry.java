package org.orggraph.audit;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One entry of the audit trail (a node {@code :AuditEntry}).
 *
 * @param id      {@code audit:} and a random UUID
 * @param at      when
 * @param actor   who (the user name; for a failed login the name tried)
 * @param action  what ({@code login}, a mutation's name, {@code import}, {@code export})
 * @param outcome how it ended ({@code done}, {@code refused: …})
 * @param ids     the ids of the nodes touched
 * @param origin  the client's address, when known
 * @param detail  what exactly, when the action and ids do not say it: an import's files and counts, an export's
 *                format and scope (null for the others)
 */
public record AuditEntry(String id, OffsetDateTime at, String actor, String action, String outcome, List<String> ids,
        String origin, String detail) {

    public AuditEntry {
        ids = List.copyOf(ids);
    }
}
