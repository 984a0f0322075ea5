package org.orggraph.graph;

import org.neo4j.driver.Driver;
import org.orggraph.startup.StartupPhase;
import org.orggraph.startup.StartupStep;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The first two start-up phases, after the web server is up: {@code database} starts the embedded Neo4j (or, in
 * remote mode, makes one connection to the configured server, so that it fails at once instead of at the first
 * query), {@code procedures} registers APOC and GDS with the embedded one.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseStartup {

    @Bean
    StartupStep databaseStep(ObjectProvider<EmbeddedNeo4j> embedded, Driver driver, Neo4jConnectionDetails connection) {
        return StartupStep.of(StartupPhase.DATABASE, progress -> {
            EmbeddedNeo4j database = embedded.getIfAvailable();
            if (database != null) {
                database.start();
                return "embedded Neo4j at " + database.boltUri() + " (user '" + database.credentials().username() + "')";
            }
            driver.verifyConnectivity();
            return "Neo4j at " + connection.getUri();
        });
    }

    @Bean
    StartupStep proceduresStep(ObjectProvider<EmbeddedNeo4j> embedded) {
        return StartupStep.of(StartupPhase.PROCEDURES, progress -> {
            EmbeddedNeo4j database = embedded.getIfAvailable();
            return database == null ? "none registered (the server's own plugins are used)"
                    : database.registerProcedures();
        });
    }
}
