package org.orggraph.cli;

import org.orggraph.graph.EmbeddedNeo4jConfiguration;
import org.orggraph.graph.EmbeddedNeo4jProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The little of the app that {@code neo4j-server} starts: the embedded database with Bolt, APOC and GDS, configured
 * by the same {@code orggraph.embedded.*} properties as the app. No driver, web server, migrations or reference
 * data: the app instances that connect run the migrations and load the data.
 *
 * <p>Deliberately not a {@code @Configuration}: the app's component scan must not find it; the command registers it
 * as its only source.
 */
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
@Import(EmbeddedNeo4jConfiguration.class)
class Neo4jServerConfiguration {
}
