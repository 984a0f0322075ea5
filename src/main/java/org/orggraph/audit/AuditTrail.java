package org.orggraph.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.orggraph.api.CypherFiles;
import org.orggraph.api.GraphReader;
import org.orggraph.api.Page;
import org.orggraph.api.PageRequest;
import org.orggraph.api.PageRequests;
import org.springframework.stereotype.Component;

/**
 * The audit trail: who did what, when, from where and to which ids — failed logins, and the mutations, imports
 * and exports as they come. Each entry is written in a transaction of its own, so that it is kept even when what
 * it records fails or is rolled back.
 */
@Component
public class AuditTrail {

    private final Driver driver;
    private final GraphReader reader;
    private final CypherFiles cypher;
    private final Clock clock;
    private final QueryConfig write = QueryConfig.builder().withRouting(RoutingControl.WRITE).build();

    AuditTrail(Driver driver, GraphReader reader, CypherFiles cypher) {
        this.driver = driver;
        this.reader = reader;
        this.cypher = cypher;
        this.clock = Clock.systemUTC();
    }

    /**
     * For the commands of the jar (import, export, backup, restore), which have a driver but no app context: they
     * record entries but never read the trail (it is read through the app).
     */
    public static AuditTrail writingOnly(Driver driver) {
        return new AuditTrail(driver, null, new CypherFiles());
    }

    /** Records an action of a logged-in caller (or of the app itself). */
    public AuditEntry record(String actor, String action, String outcome, List<String> ids) {
        return record(actor, action, outcome, ids, null);
    }

    /** The same, with where the request came from (the client's address). */
    public AuditEntry record(String actor, String action, String outcome, List<String> ids, String origin) {
        return record(actor, action, outcome, ids, origin, null);
    }

    /** The same, with a description of what was done (the files and counts of an import, the scope of an export). */
    public AuditEntry record(String actor, String action, String outcome, List<String> ids, String origin,
            String detail) {
        AuditEntry entry = new AuditEntry("audit:" + UUID.randomUUID(),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS), actor, action, outcome, ids, origin, detail);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", entry.id());
        parameters.put("at", entry.at());
        parameters.put("actor", entry.actor());
        parameters.put("action", entry.action());
        parameters.put("outcome", entry.outcome());
        parameters.put("ids", entry.ids());
        parameters.put("origin", entry.origin());
        parameters.put("detail", entry.detail());
        driver.executableQuery(cypher.load("audit/record")).withParameters(parameters).withConfig(write).execute();
        return entry;
    }

    /** One page of the trail, newest first. */
    Page<AuditEntry> page(PageRequest request) {
        if (reader == null) {
            throw new IllegalStateException("This audit trail only records entries");
        }
        Object afterAt = PageRequests.required(request, "at");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("afterAt", afterAt == null ? null : OffsetDateTime.parse((String) afterAt));
        parameters.put("afterId", request.after("id"));
        parameters.put("limit", request.limit());
        List<AuditEntry> entries = reader.read(cypher.load("audit/trail"), parameters).stream()
                .map(AuditTrail::entry).toList();
        List<Map<String, Object>> keysets = entries.stream()
                .map(e -> Map.<String, Object>of("at", e.at().toString(), "id", e.id())).toList();
        return Page.of(entries, keysets, request, null);
    }

    private static AuditEntry entry(Record r) {
        return new AuditEntry(r.get("id").asString(),
                r.get("at").asZonedDateTime().toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC),
                r.get("actor").asString(), r.get("action").asString(), r.get("outcome").asString(),
                r.get("ids").asList(v -> v.asString()), r.get("origin").isNull() ? null : r.get("origin").asString(),
                r.get("detail").isNull() ? null : r.get("detail").asString());
    }
}
