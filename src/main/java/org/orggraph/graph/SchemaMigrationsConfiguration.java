package org.orggraph.graph;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Applies the schema in {@code cypher/schema/} (packaged as {@code classpath:neo4j/migrations}) with
 * neo4j-migrations, in embedded and remote mode alike. Applied migrations are recorded in the graph and
 * skipped on the next start; a broken one stops the start with the library's message.
 */
@Configuration(proxyBeanMethods = false)
public class SchemaMigrationsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrationsConfiguration.class);

    @Bean
    Migrations migrations(Driver driver) {
        MigrationsConfig config = MigrationsConfig.builder()
                .withLocationsToScan("classpath:neo4j/migrations")
                .withPackagesToScan()
                .build();
        return new Migrations(config, driver);
    }

    /**
     * The first statement, and in remote mode the first contact with the server: one connection attempt first, so
     * that a wrong {@code spring.neo4j.uri} or password fails at once instead of after the driver's 30 s of retries.
     */
    @Bean
    SchemaVersion schemaVersion(Migrations migrations, Driver driver) {
        driver.verifyConnectivity();
        long started = System.nanoTime();
        String version = migrations.apply()
                .map(v -> v.getValue())
                .orElse("none");
        log.info("Graph schema at version {} ({} ms)", version, (System.nanoTime() - started) / 1_000_000);
        return new SchemaVersion(version);
    }
}
