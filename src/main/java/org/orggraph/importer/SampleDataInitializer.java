package org.orggraph.importer;

import java.util.function.DoubleConsumer;

import org.orggraph.heshan.HeshanGenerator;
import org.orggraph.importer.ReferenceDataMark.State;
import org.orggraph.startup.StartupPhase;
import org.orggraph.startup.StartupStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The {@code reference data} start-up phase: loads the Heshan reference data into a database that has none, after
 * the schema is applied and before the app is ready, so that "ready" means "the data is there". A finished load marks the city node; a start that
 * finds the city without the mark completes the interrupted load (the loader merges on ids, so nothing is
 * duplicated), and a start that finds the mark does nothing.
 */
@Component
class SampleDataInitializer implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(SampleDataInitializer.class);

    private final SampleDataProperties properties;
    private final BulkLoader loader;
    private final ReferenceDataLock lock;
    private final ReferenceDataMark mark;

    SampleDataInitializer(SampleDataProperties properties, BulkLoader loader, ReferenceDataLock lock,
            ReferenceDataMark mark) {
        this.properties = properties;
        this.loader = loader;
        this.lock = lock;
        this.mark = mark;
    }

    @Override
    public StartupPhase phase() {
        return StartupPhase.REFERENCE_DATA;
    }

    @Override
    public String run(DoubleConsumer progress) {
        if (properties.sampleData() == SampleDataProperties.SampleData.NONE) {
            return "none (orggraph.sample-data=none)";
        }
        // Under the lock: of two instances starting over one empty database, the second waits, then finds it loaded.
        return lock.whileHeld(ReferenceDataMark.CITY_ID, () -> {
            State state = mark.state();
            return switch (state) {
                case LOADED -> "Heshan reference data already loaded";
                case OTHER_DATA -> "the database holds other data: the Heshan reference data is not loaded";
                case EMPTY, INTERRUPTED -> load(state, progress);
            };
        });
    }

    private String load(State state, DoubleConsumer progress) {
        int scale = properties.sampleScale();
        log.info("{} the Heshan reference data (scale {})",
                state == State.EMPTY ? "Loading" : "Completing an interrupted load of", scale);
        long started = System.nanoTime();
        GraphBatch batch = new HeshanGenerator().generate(scale);
        long generated = System.nanoTime();
        // Generating is a few percent of the phase; writing is the rest.
        progress.accept(0.05);
        // Into an empty database everything is new (the generator names no node or relationship twice): created,
        // not merged. Completing an interrupted load merges, so what the first attempt wrote is not doubled.
        loader.loadOnce(state == State.EMPTY ? batch.allNew() : batch, written -> progress.accept(0.05 + 0.95 * written));
        mark.mark(scale);
        return String.format("Heshan reference data loaded (scale %d): %,d nodes, %,d relationships (generated in %d ms)",
                scale, batch.nodeCount(), batch.relationshipCount(), (generated - started) / 1_000_000);
    }

    State state() {
        return mark.state();
    }
}
