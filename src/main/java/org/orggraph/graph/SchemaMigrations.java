package org.orggraph.graph;

import java.util.Optional;
import java.util.function.DoubleConsumer;

import ac.simons.neo4j.migrations.core.Migrations;
import org.orggraph.startup.StartupPhase;
import org.orggraph.startup.StartupStep;
import org.springframework.stereotype.Component;

/** The {@code migrations} start-up phase: applies the schema and keeps the version it is at. */
@Component
public class SchemaMigrations implements StartupStep {

    private final Migrations migrations;
    private volatile SchemaVersion applied;

    SchemaMigrations(Migrations migrations) {
        this.migrations = migrations;
    }

    @Override
    public StartupPhase phase() {
        return StartupPhase.MIGRATIONS;
    }

    @Override
    public String run(DoubleConsumer progress) {
        applied = new SchemaVersion(migrations.apply().map(v -> v.getValue()).orElse("none"));
        return "schema at version " + applied.value();
    }

    /** The version applied at start; empty until the phase ran. */
    public Optional<SchemaVersion> applied() {
        return Optional.ofNullable(applied);
    }
}
