package org.orggraph.graph;

import org.neo4j.driver.AuthTokens;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded database is a bean, and Boot's driver is built from connection details that depend on it, so
 * nothing can talk to Neo4j before it is up. With {@code orggraph.embedded.enabled=false} none of this exists
 * and Boot's driver follows {@code spring.neo4j.*} to an external server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "orggraph.embedded.enabled", havingValue = "true", matchIfMissing = true)
public class EmbeddedNeo4jConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
        return new EmbeddedNeo4jStarter(properties, new ProcedureRegistrar(getClass().getClassLoader())).start();
    }

    /** For code that needs Neo4j's own API; the lifecycle belongs to {@link EmbeddedNeo4j}. */
    @Bean(destroyMethod = "")
    org.neo4j.dbms.api.DatabaseManagementService databaseManagementService(EmbeddedNeo4j embedded) {
        return embedded.managementService();
    }

    @Bean
    Neo4jConnectionDetails neo4jConnectionDetails(EmbeddedNeo4j embedded) {
        var credentials = embedded.credentials();
        var uri = embedded.boltUri();
        var authToken = AuthTokens.basic(credentials.username(), credentials.password());
        return new Neo4jConnectionDetails() {
            @Override
            public java.net.URI getUri() {
                return uri;
            }

            @Override
            public org.neo4j.driver.AuthToken getAuthToken() {
                return authToken;
            }
        };
    }
}
