package org.orggraph.api;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.springframework.stereotype.Component;

/**
 * Runs the API's read statements: one managed READ transaction per statement (routed to a secondary in a
 * cluster), parameters always passed as parameters, never spliced.
 *
 * <p>Why the driver's {@code executableQuery} and not Spring Data Neo4j's {@code Neo4jClient} in a read-only Spring
 * transaction: measured side by side on the same statement (one unit by id through the read path), the client in
 * SDN's transaction answered 180 calls/s against 238 for the managed query, 1.32 times slower
 * ({@code ./mvnw -B test -Pbench -Dtest=GraphReaderBenchmark}, December 2026, 2 cores). Writes, which need one
 * transaction across several statements and chained bookmarks, go through SDN's transaction manager
 * ({@code Neo4jTransactionManager}, configured by Spring Boot) and its {@code Neo4jClient}.
 */
@Component
public class GraphReader {

    private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

    private final Driver driver;

    public GraphReader(Driver driver) {
        this.driver = driver;
    }

    /** All records of a read statement. */
    public List<Record> read(String cypher, Map<String, Object> parameters) {
        return driver.executableQuery(cypher).withParameters(parameters).withConfig(READ).execute().records();
    }
}
