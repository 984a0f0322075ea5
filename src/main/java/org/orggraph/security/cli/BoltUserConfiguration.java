package org.orggraph.security.cli;

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
 * What {@code user add --bolt} needs: the database (the running OrgGraph's over Bolt, or the embedded one started
 * for the command) and Boot's driver as its administrator; no procedures, no migrations, no web server. Not a
 * {@code @Configuration}, so the app's component scan does not find it.
 */
@ImportAutoConfiguration(Neo4jAutoConfiguration.class)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
@Import(EmbeddedNeo4jConfiguration.class)
class BoltUserConfiguration {

    /** The app starts its database after the web server; the command has none. */
    @Bean
    SmartInitializingSingleton embeddedNeo4jStart(ObjectProvider<EmbeddedNeo4j> embedded) {
        return () -> embedded.ifAvailable(EmbeddedNeo4j::start);
    }
}
