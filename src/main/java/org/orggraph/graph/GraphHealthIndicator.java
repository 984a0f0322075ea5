package org.orggraph.graph;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * UP when the graph answers a read and the schema migrations are applied (this bean cannot exist before they
 * are: it depends on {@link SchemaVersion}).
 */
@Component("graph")
class GraphHealthIndicator implements HealthIndicator {

    private final Driver driver;
    private final SchemaVersion schemaVersion;

    GraphHealthIndicator(Driver driver, SchemaVersion schemaVersion) {
        this.driver = driver;
        this.schemaVersion = schemaVersion;
    }

    @Override
    public Health health() {
        try (Session session = driver.session()) {
            var record = session.executeRead(tx -> tx.run(
                    "OPTIONAL MATCH (c:City) WITH count(c) AS cities"
                            + " OPTIONAL MATCH (a:Alliance) RETURN cities, count(a) AS alliances").single());
            return Health.up()
                    .withDetail("schemaVersion", schemaVersion.value())
                    .withDetail("cities", record.get("cities").asLong())
                    .withDetail("alliances", record.get("alliances").asLong())
                    .build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getMessage()).build();
        }
    }
}
