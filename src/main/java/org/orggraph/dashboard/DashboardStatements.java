package org.orggraph.dashboard;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.neo4j.driver.Record;
import org.orggraph.api.CypherFiles;
import org.orggraph.api.GraphReader;
import org.orggraph.node.ReadPath;
import org.springframework.stereotype.Component;

/**
 * Runs the dashboard's statements ({@code cypher/dashboard/*.cypher}, each with the scope of
 * {@code dashboard/scope.cypher} put in front) and keeps their records for {@link #FRESHNESS}: a wall of screens
 * polling the same scope every few seconds costs the database one run per group and scope, not one per screen, and
 * a poll answers from memory in well under a millisecond (docs/benchmarks.md). The records are kept, not the GraphQL
 * objects, so every answer still goes through the read path. {@link #forget()} is the hook for writes: a committed
 * change calls it, so the next poll sees the change at once instead of after at most {@link #FRESHNESS}.
 */
@Component
public class DashboardStatements {

    /** How long a computed group stays: shorter than any sensible polling interval of a big screen. */
    static final Duration FRESHNESS = Duration.ofSeconds(10);
    /** Scopes × groups × arguments kept at most (18 alliances × a few areas × 6 groups fit easily). */
    static final int KEPT = 2_000;

    private final GraphReader reader;
    private final CypherFiles cypher;
    private final ReadPath readPath;
    private final Cache<Key, List<Record>> kept = Caffeine.newBuilder().expireAfterWrite(FRESHNESS)
            .maximumSize(KEPT).build();

    DashboardStatements(GraphReader reader, CypherFiles cypher, ReadPath readPath) {
        this.reader = reader;
        this.cypher = cypher;
        this.readPath = readPath;
    }

    private record Key(String statement, Map<String, Object> parameters) {
    }

    /** The records of {@code dashboard/<name>} for the scope and the other parameters, computed or kept. */
    List<Record> run(String name, Dashboard scope, Map<String, Object> parameters) {
        Map<String, Object> params = new HashMap<>(parameters);
        params.put("area", scope.areaId());
        params.put("alliance", scope.allianceId());
        // The allowlist is part of the key: should it ever depend on the caller, nobody gets nodes projected for another.
        params.put("allow", readPath.allowlist());
        return kept.get(new Key(name, Map.copyOf(withoutNulls(params))), key -> reader.read(statement(name), params));
    }

    /** Forgets every kept result: called after a write, so that dashboards show it at their next poll. */
    public void forget() {
        kept.invalidateAll();
    }

    private String statement(String name) {
        return cypher.render("dashboard/" + name, Map.of("scope", cypher.load("dashboard/scope"),
                "parties", cypher.load("dashboard/party-scope")));
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
