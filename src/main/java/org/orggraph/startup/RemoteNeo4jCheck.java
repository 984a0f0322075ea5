package org.orggraph.startup;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * In remote mode, one connection to the configured server before anything else is built, with a short timeout and no
 * retries: an address nobody answers at or a wrong password ends the start in a few seconds, where the app's driver
 * (30 s connection timeout, retried transactions) would only fail after the context is up.
 */
final class RemoteNeo4jCheck {

    static final String DEFAULT_URI = "bolt://localhost:7687";
    private static final int TIMEOUT_SECONDS = 5;

    private RemoteNeo4jCheck() {
    }

    static void requireReachable(Binder binder) {
        String uri = binder.bind("spring.neo4j.uri", String.class).orElse(DEFAULT_URI);
        String user = binder.bind("spring.neo4j.authentication.username", String.class).orElse("neo4j");
        String password = binder.bind("spring.neo4j.authentication.password", String.class).orElse(null);
        AuthToken auth = password == null ? AuthTokens.none() : AuthTokens.basic(user, password);
        Config config = Config.builder()
                .withConnectionTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .withConnectionAcquisitionTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .build();
        try (Driver driver = GraphDatabase.driver(URI.create(uri), auth, config)) {
            driver.verifyConnectivity();
        } catch (Neo4jException | IllegalArgumentException e) {
            throw Neo4jConnectionFailureAnalyzer.problem(e, uri, user).orElseGet(() -> new StartupProblem(
                    "Cannot use Neo4j at " + uri + " (spring.neo4j.uri): " + e.getMessage(),
                    "Pass the address of a Neo4j 5 server: --spring.neo4j.uri=bolt://HOST:PORT.", e));
        }
    }
}
