package org.orggraph.startup;

import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * In remote mode ({@code orggraph.embedded.enabled=false}) the first statement, the schema migrations, is where a
 * wrong {@code spring.neo4j.uri} or password shows: say so, naming the properties. Registered in
 * {@code META-INF/spring.factories}.
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
        String uri = environment.getProperty("spring.neo4j.uri", "bolt://localhost:7687");
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AuthenticationException) {
                String user = environment.getProperty("spring.neo4j.authentication.username", "neo4j");
                return new FailureAnalysis("Neo4j at " + uri + " refused user '" + user + "': " + t.getMessage(),
                        "Pass the right credentials: --spring.neo4j.authentication.username=USER"
                                + " --spring.neo4j.authentication.password=PASSWORD.",
                        t);
            }
            if (t instanceof ServiceUnavailableException) {
                return new FailureAnalysis("Cannot reach Neo4j at " + uri + ": " + t.getMessage(),
                        "Start that Neo4j server or pass its address: --spring.neo4j.uri=bolt://HOST:PORT (or"
                                + " neo4j://HOST:PORT for a cluster); to run the embedded database instead, leave out"
                                + " --orggraph.embedded.enabled=false.",
                        t);
            }
        }
        return null;
    }
}
