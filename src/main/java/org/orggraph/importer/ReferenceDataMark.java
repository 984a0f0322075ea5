package org.orggraph.importer;

import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.stereotype.Component;

/**
 * Whether the database holds the Heshan reference data, and at which scale: a finished load marks the city node
 * ({@code referenceData}, {@code referenceDataScale}), so a start, or a benchmark that reuses a data dir, can tell a
 * loaded graph from an empty one or from one whose load was interrupted.
 */
@Component
public class ReferenceDataMark {

    static final String CITY_ID = "city:heshan";

    /** What the database holds. */
    public enum State {
        EMPTY, INTERRUPTED, LOADED, OTHER_DATA
    }

    private final Driver driver;

    ReferenceDataMark(Driver driver) {
        this.driver = driver;
    }

    public State state() {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                var city = tx.run("MATCH (c:City {id: $id}) RETURN c.referenceData IS NOT NULL AS loaded",
                        Map.of("id", CITY_ID)).list();
                if (!city.isEmpty()) {
                    return city.get(0).get("loaded").asBoolean() ? State.LOADED : State.INTERRUPTED;
                }
                boolean empty = tx.run("MATCH (n) WHERE NOT n:__Neo4jMigration RETURN count(n) = 0 AS empty")
                        .single().get("empty").asBoolean();
                return empty ? State.EMPTY : State.OTHER_DATA;
            });
        }
    }

    /** The scale of the finished load, empty when there is none. */
    public Optional<Integer> loadedScale() {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run("MATCH (c:City {id: $id}) WHERE c.referenceData IS NOT NULL"
                    + " RETURN c.referenceDataScale AS scale", Map.of("id", CITY_ID)).list().stream()
                    .map(row -> row.get("scale").asInt(1)).findFirst());
        }
    }

    /** Marks the load of the reference data at {@code scale} finished. */
    public void mark(int scale) {
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(
                    "MATCH (c:City {id: $id}) SET c.referenceData = 'heshan', c.referenceDataScale = $scale,"
                            + " c.referenceDataLoadedAt = datetime()",
                    Map.of("id", CITY_ID, "scale", scale)).consume());
        }
    }
}
