package org.orggraph.importer;

import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.orggraph.graph.SchemaVersion;
import org.orggraph.heshan.HeshanGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Loads the Heshan reference data into a database that has none, during start-up and before the web server
 * opens, so that "healthy" means "the data is there". A finished load marks the city node; a start that
 * finds the city without the mark completes the interrupted load (the loader merges on ids, so nothing is
 * duplicated), and a start that finds the mark does nothing.
 */
@Component
class SampleDataInitializer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SampleDataInitializer.class);
    static final String CITY_ID = "city:heshan";

    private final SampleDataProperties properties;
    private final Driver driver;
    private final BulkLoader loader;

    SampleDataInitializer(SampleDataProperties properties, Driver driver, BulkLoader loader,
            @SuppressWarnings("unused") SchemaVersion schemaApplied) {
        this.properties = properties;
        this.driver = driver;
        this.loader = loader;
    }

    enum State {
        EMPTY, INTERRUPTED, LOADED, OTHER_DATA
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (properties.sampleData() == SampleDataProperties.SampleData.NONE) {
            return;
        }
        State state = state();
        switch (state) {
            case LOADED -> log.info("Heshan reference data already loaded");
            case OTHER_DATA -> log.info("The database holds other data: the Heshan reference data is not loaded");
            case EMPTY, INTERRUPTED -> load(state);
        }
    }

    private void load(State state) {
        int scale = properties.sampleScale();
        log.info("{} the Heshan reference data (scale {})",
                state == State.EMPTY ? "Loading" : "Completing an interrupted load of", scale);
        long started = System.nanoTime();
        GraphBatch batch = new HeshanGenerator().generate(scale);
        long generated = System.nanoTime();
        loader.load(batch);
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(
                    "MATCH (c:City {id: $id}) SET c.referenceData = 'heshan', c.referenceDataScale = $scale,"
                            + " c.referenceDataLoadedAt = datetime()",
                    Map.of("id", CITY_ID, "scale", scale)).consume());
        }
        log.info("Heshan reference data ready: {} nodes, {} relationships (generated in {} ms, total {} ms)",
                batch.nodeCount(), batch.relationshipCount(), (generated - started) / 1_000_000,
                (System.nanoTime() - started) / 1_000_000);
    }

    State state() {
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
}
