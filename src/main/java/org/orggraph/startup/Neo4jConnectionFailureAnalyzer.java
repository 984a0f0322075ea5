package org.orggraph.startup;

import java.util.Optional;

import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * In remote mode ({@code orggraph.embedded.enabled=false}) a wrong {@code spring.neo4j.uri} or password: say so,
 * naming the properties. {@link RemoteNeo4jCheck} finds it in the first seconds; this analyzer covers the server
 * going away later in the start. Registered in {@code META-INF/spring.factories}.
 */
@Order(0)
class Neo4jConnectionFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    Neo4jConnectionFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        if (environment == null || environment.getProperty("orggraph.embedded.enabled", Boolean.class, true)) {
            return null;
        }
        String uri = environment.getProperty("spring.neo4j.uri", RemoteNeo4jCheck.DEFAULT_URI);
        String user = environment.getProperty("spring.neo4j.authentication.username", "neo4j");
        return problem(failure, uri, user)
                .map(problem -> new FailureAnalysis(problem.getMessage(), problem.action(), failure))
                .orElse(null);
    }

    /** What a connection failure means for the user, if {@code failure} is one. Never shows the password. */
    static Optional<StartupProblem> problem(Throwable failure, String uri, String user) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AuthenticationException) {
                return Optional.of(new StartupProblem("Neo4j at " + uri + " refused user '" + user + "': "
                        + t.getMessage(), "Pass the right credentials: --spring.neo4j.authentication.username=USER"
                                + " --spring.neo4j.authentication.password=PASSWORD.", t));
            }
            if (t instanceof ServiceUnavailableException) {
                return Optional.of(new StartupProblem("Cannot reach Neo4j at " + uri + ": " + t.getMessage(),
                        "Start that Neo4j server or pass its address: --spring.neo4j.uri=bolt://HOST:PORT (or"
                                + " neo4j://HOST:PORT for a cluster); to run the embedded database instead, leave out"
                                + " --orggraph.embedded.enabled=false.", t));
            }
        }
        return Optional.empty();
    }
}
