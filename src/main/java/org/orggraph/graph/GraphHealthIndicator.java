package org.orggraph.graph;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.orggraph.startup.StartupProgress;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * UP when the graph answers a read and the schema migrations are applied; while the app starts, OUT_OF_SERVICE with
 * where the start is, without asking the database.
 */
@Component("graph")
class GraphHealthIndicator implements HealthIndicator {

    private final Driver driver;
    private final SchemaMigrations schema;
    private final StartupProgress progress;

    GraphHealthIndicator(Driver driver, SchemaMigrations schema, StartupProgress progress) {
        this.driver = driver;
        this.schema = schema;
        this.progress = progress;
    }

    @Override
    public Health health() {
        var version = schema.applied();
        if (version.isEmpty()) {
            return Health.status(Status.OUT_OF_SERVICE).withDetail("startup", progress.status().describe()).build();
        }
        try (Session session = driver.session()) {
            var record = session.executeRead(tx -> tx.run(
                    "OPTIONAL MATCH (c:City) WITH count(c) AS cities"
                            + " OPTIONAL MATCH (a:Alliance) RETURN cities, count(a) AS alliances").single());
            return Health.up()
                    .withDetail("schemaVersion", version.get().value())
                    .withDetail("cities", record.get("cities").asLong())
                    .withDetail("alliances", record.get("alliances").asLong())
                    .build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getMessage()).build();
        }
    }
}
