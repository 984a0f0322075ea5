package org.orggraph.graph;

import java.util.Optional;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.orggraph.startup.StartupProgress;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded database is a bean that is started after the web server is up ({@link DatabaseStartup}); the
 * application's driver is built from it on first use after that ({@link EmbeddedDriver}), so nothing can talk to
 * Neo4j before it is up, and nothing waits for it while the context is built. With
 * {@code orggraph.embedded.enabled=false} none of this exists and Boot's driver follows {@code spring.neo4j.*} to an
 * external server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "orggraph.embedded.enabled", havingValue = "true", matchIfMissing = true)
public class EmbeddedNeo4jConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
        return new EmbeddedNeo4j(new EmbeddedNeo4jStarter(properties, new ProcedureRegistrar(getClass().getClassLoader())));
    }

    /** Replaces Boot's driver (which would need the Bolt address while the context is built). */
    @Bean(destroyMethod = "close")
    Driver neo4jDriver(EmbeddedNeo4j embedded, ObjectProvider<ConfigBuilderCustomizer> customizers,
            ObjectProvider<StartupProgress> progress) {
        return EmbeddedDriver.create(embedded, customizers.orderedStream().toList(),
                () -> Optional.ofNullable(progress.getIfAvailable()).map(p -> p.status().describe()).orElse(null));
    }

    /** The embedded database's Bolt address and credentials, e.g. for Neo4j Browser; known once it is up. */
    @Bean
    Neo4jConnectionDetails neo4jConnectionDetails(EmbeddedNeo4j embedded) {
        return new Neo4jConnectionDetails() {
            @Override
            public java.net.URI getUri() {
                return embedded.boltUri();
            }

            @Override
            public AuthToken getAuthToken() {
                var credentials = embedded.credentials();
                return AuthTokens.basic(credentials.username(), credentials.password());
            }
        };
    }
}
