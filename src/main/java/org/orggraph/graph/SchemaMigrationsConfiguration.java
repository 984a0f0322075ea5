package org.orggraph.graph;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Applies the schema in {@code cypher/schema/} (packaged as {@code classpath:neo4j/migrations}) with
 * neo4j-migrations, in embedded and remote mode alike, as the {@code migrations} start-up phase
 * ({@link SchemaMigrations}). Applied migrations are recorded in the graph and skipped on the next start; a broken
 * one stops the start with the library's message.
 */
@Configuration(proxyBeanMethods = false)
public class SchemaMigrationsConfiguration {

    @Bean
    Migrations migrations(Driver driver) {
        MigrationsConfig config = MigrationsConfig.builder()
                .withLocationsToScan("classpath:neo4j/migrations")
                .withPackagesToScan()
                .build();
        return new Migrations(config, driver);
    }
}
