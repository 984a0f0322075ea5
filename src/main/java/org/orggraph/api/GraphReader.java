package org.orggraph.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.springframework.stereotype.Component;

/**
 * Runs the API's read statements: one managed READ transaction per statement (routed to a secondary in a
 * cluster) under the transaction timeout {@link ApiLimits#readTimeout()} (the server terminates it then, also
 * when the client that asked has long gone), parameters always passed as parameters, never spliced.
 */
@Component
public class GraphReader {

    private final Driver driver;
    private final QueryConfig read;
    /** A longer timeout for work that is not a client's request, on this thread only. */
    private final ThreadLocal<QueryConfig> override = new ThreadLocal<>();

    public GraphReader(Driver driver, ApiLimits limits) {
        this.driver = driver;
        this.read = QueryConfig.builder().withRouting(RoutingControl.READ).withTimeout(limits.readTimeout()).build();
    }

    /** All records of a read statement. */
    public List<Record> read(String cypher, Map<String, Object> parameters) {
        return driver.executableQuery(cypher).withParameters(parameters).withConfig(config()).execute()
                .records();
    }

    /**
     * Runs work of the app itself, not of a client (the links warm-up: Neo4j takes more than ten seconds just to
     * plan that statement the first time), with its reads under {@code timeout} instead of the API's.
     */
    public <T> T withTimeout(Duration timeout, Supplier<T> work) {
        override.set(QueryConfig.builder().withRouting(RoutingControl.READ).withTimeout(timeout).build());
        try {
            return work.get();
        } finally {
            override.remove();
        }
    }

    private QueryConfig config() {
        QueryConfig config = override.get();
        return config == null ? read : config;
    }
}
