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
