package org.orggraph.importer;

import ac.simons.neo4j.migrations.core.Migrations;
import org.orggraph.alliance.LinkProjection;
import org.orggraph.api.CypherFiles;
import org.orggraph.graph.EmbeddedNeo4j;
import org.orggraph.graph.EmbeddedNeo4jConfiguration;
import org.orggraph.graph.EmbeddedNeo4jProperties;
import org.orggraph.graph.SchemaMigrationsConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What the {@code import} and {@code export} commands need: the embedded database (or the configured / running one)
 * with its schema applied (unique ids, so merges use the index), Boot's driver, and the link projection an import
 * keeps current in its transaction (with the Cypher files it runs). No web server, no GraphQL, no reference data. Not a {@code @Configuration}, so the app's component scan does not find it.
 */
@ImportAutoConfiguration(Neo4jAutoConfiguration.class)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
@Import({EmbeddedNeo4jConfiguration.class, SchemaMigrationsConfiguration.class, CypherFiles.class, LinkProjection.class})
public class ImportCommandConfiguration {

    /**
     * The app starts its database and applies the schema as start-up phases after the web server; a command has
     * neither, and needs both at once (without the id constraints every merge would scan its label). The database
     * is this process's alone, so its one import transaction may hold most of the heap
     * ({@link CommandTransactionMemory}); a database of a running app or a remote one keeps its own limit.
     */
    @Bean
    SmartInitializingSingleton databaseWithSchema(ObjectProvider<EmbeddedNeo4j> embedded, Migrations migrations) {
        return () -> {
            embedded.ifAvailable(neo4j -> {
                neo4j.start();
                CommandTransactionMemory.widen(neo4j);
            });
            migrations.apply();
        };
    }
}
