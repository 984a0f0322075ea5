package org.orggraph.dashboard;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.neo4j.driver.Record;
import org.orggraph.api.CypherFiles;
import org.orggraph.api.GraphReader;
import org.orggraph.node.ReadPath;
import org.springframework.stereotype.Component;

/**
 * Runs the dashboard's statements ({@code cypher/dashboard/*.cypher}, each with the scope of
 * {@code dashboard/scope.cypher} put in front) and keeps their records until the recorded history moves: the key of
 * a kept result holds the {@link #cursor()} it was computed under, so a wall of screens polling the same scope costs
 * the database one cursor read per poll (one db hit) and one run per group and scope after each change, not one
 * per screen. The cursor is read from the database, so a write made through another app instance over the same
 * database is seen at the next poll as well. The records are kept, not the GraphQL objects, so every answer still
 * goes through the read path. {@link #forget()} drops what is kept at once (the results of older cursors would
 * otherwise stay until {@link #KEPT} pushes them out).
 *
 * <p>A dashboard as of a past day is kept apart, under the day and the cursor it was computed under, and outlives
 * later cursors: the past does not change when today does. It changes only when a write records a change dated on
 * or before that day (the mutations take past dates: a transfer or an upgrade recorded late) or one whose day
 * says nothing of what it touched (an import). So when the cursor has moved, the changes recorded since the kept
 * one are read ({@code dashboard/changes-since.cypher}, from the index on ChangeEvent.at: only the new ones), and
 * the kept result is used again when none of them concerns the day and they are all the changes there are;
 * otherwise (a past-dated change, an import, changes deleted or committed out of order) it is computed again.
 */
@Component
public class DashboardStatements {

    /** Scopes × groups × arguments kept at most (18 alliances × a few areas × 6 groups fit easily). */
    static final int KEPT = 2_000;
    /** Results nobody asked for in this long go, whatever the cursor (a scope opened once, long ago). */
    static final Duration IDLE = Duration.ofHours(6);

    private final GraphReader reader;
    private final CypherFiles cypher;
    private final ReadPath readPath;
    private final Cache<Key, List<Record>> kept = Caffeine.newBuilder().expireAfterAccess(IDLE)
            .maximumSize(KEPT).build();
    private final AtomicLong forgotten = new AtomicLong();
    private final Cache<Key, Past> past = Caffeine.newBuilder().expireAfterAccess(IDLE).maximumSize(KEPT).build();

    DashboardStatements(GraphReader reader, CypherFiles cypher, ReadPath readPath) {
        this.reader = reader;
        this.cypher = cypher;
        this.readPath = readPath;
    }

    private record Key(String statement, HistoryCursor cursor, Map<String, Object> parameters) {
    }

    /** A result as of a past day and the cursor it was last known good under. */
    private record Past(HistoryCursor cursor, List<Record> records) {
    }

    /** Where the recorded history stands: how many changes were recorded, and when the newest mutation's was. */
    record HistoryCursor(long changes, String newest) {
    }

    /** Where the recorded history stands now (dashboard/history-cursor): it moves with every committed write. */
    HistoryCursor cursor() {
        Record r = reader.read(cypher.load("dashboard/history-cursor"), Map.of()).get(0);
        return new HistoryCursor(r.get("changes").asLong(), r.get("newest").isNull() ? null : r.get("newest").asString());
    }

    /**
     * The records of {@code dashboard/<name>} for the scope and the other parameters, kept under the scope's cursor
     * or computed.
     */
    List<Record> run(String name, Dashboard scope, Map<String, Object> parameters) {
        Map<String, Object> params = new HashMap<>(parameters);
        params.put("area", scope.areaId());
        params.put("alliance", scope.allianceId());
        params.put("asOf", scope.asOf());
        // The allowlist is part of the key: should it ever depend on the caller, nobody gets nodes projected for another.
        params.put("allow", readPath.allowlist());
        if (scope.asOf() != null) {
            return asOf(new Key(name, null, Map.copyOf(withoutNulls(params))), scope, params);
        }
        return kept.get(new Key(name, scope.cursor(), Map.copyOf(withoutNulls(params))),
                key -> reader.read(statement(name, false), params));
    }

    /** The records as of the scope's day: kept while no change recorded since concerns that day. */
    private List<Record> asOf(Key key, Dashboard scope, Map<String, Object> params) {
        Past found = past.getIfPresent(key);
        if (found != null && (found.cursor().equals(scope.cursor()) || unconcerned(found.cursor(), scope))) {
            if (!found.cursor().equals(scope.cursor())) {
                past.put(key, new Past(scope.cursor(), found.records()));
            }
            return found.records();
        }
        List<Record> records = reader.read(statement(key.statement(), true), params);
        past.put(key, new Past(scope.cursor(), records));
        return records;
    }

    /**
     * Whether every change recorded between {@code then} and the scope's cursor is dated after the scope's day (and
     * they are all the changes that came, so none was committed out of order, deleted or imported).
     */
    private boolean unconcerned(HistoryCursor then, Dashboard scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("newest", then.newest());
        params.put("asOf", scope.asOf());
        Record r = reader.read(cypher.load("dashboard/changes-since"), params).get(0);
        return r.get("concerning").asLong() == 0
                && r.get("recorded").asLong() == scope.cursor().changes() - then.changes();
    }

    /**
     * Forgets every kept result of today: called after a write of this instance, whose new cursor makes them out of
     * date (they would be answered no more, only take room). Those of past days check themselves against the
     * changes recorded since.
     */
    public void forget() {
        forgotten.incrementAndGet();
        kept.invalidateAll();
    }

    /** How often {@link #forget()} was called: the whole responses kept (DashboardResponses) go with the results. */
    long forgotten() {
        return forgotten.get();
    }

    /** Forgets the results of past days too (the dashboard benchmark's first poll after a change of that day). */
    void forgetAll() {
        forget();
        past.invalidateAll();
    }

    /** The statement; as of a day, the members are those of that day (dashboard/party-members-as-of). */
    private String statement(String name, boolean asOf) {
        return cypher.render("dashboard/" + name, Map.of("scope", cypher.load("dashboard/scope"),
                "parties", cypher.load("dashboard/party-scope"),
                "members", cypher.load(asOf ? "dashboard/party-members-as-of" : "dashboard/party-members")));
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> params) {
        Map<String, Object> present = new HashMap<>();
        params.forEach((k, v) -> {
            if (v != null) {
                present.put(k, v);
            }
        });
        return present;
    }
}
