package org.orggraph.analytics.cli;

import org.orggraph.graph.EmbeddedNeo4j;
import org.orggraph.graph.EmbeddedNeo4jConfiguration;
import org.orggraph.graph.EmbeddedNeo4jProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The little of the app that the {@code cypher} command needs: the embedded database (unless
 * {@code orggraph.embedded.enabled=false}) and Boot's driver, configured from the same properties as the app.
 * Nothing else starts: no web server, no GraphQL, no schema migrations, no reference-data load, so the command
 * never writes to the database it reads.
 *
 * <p>Deliberately not a {@code @Configuration}: the app's component scan and the tests' search for a
 * {@code @SpringBootConfiguration} must not find it; the command registers it as its only source.
 */
@ImportAutoConfiguration(Neo4jAutoConfiguration.class)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
@Import(EmbeddedNeo4jConfiguration.class)
class CypherCommandConfiguration {

    /** The app starts its database after the web server; the command has neither, and needs it at once. */
    @Bean
    SmartInitializingSingleton embeddedNeo4jStart(ObjectProvider<EmbeddedNeo4j> embedded) {
        return () -> embedded.ifAvailable(database -> {
            database.start();
            database.registerProcedures();
        });
    }
}
