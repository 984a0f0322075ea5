package org.orggraph.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.orggraph.graph.EmbeddedNeo4j;
import org.orggraph.graph.EmbeddedNeo4jProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Runs the API's read statements: one managed READ transaction per statement (routed to a secondary in a
 * cluster) under the transaction timeout {@link ApiLimits#readTimeout()} (the server terminates it then, also
 * when the client that asked has long gone), parameters always passed as parameters, never spliced.
 *
 * <p>Why the driver's {@code executableQuery} and not Spring Data Neo4j's {@code Neo4jClient} in a read-only Spring
 * transaction: measured side by side on the same statement (one unit by id through the read path), the client in
 * SDN's transaction answered 180 calls/s against 238 for the managed query, 1.32 times slower
 * ({@code ./mvnw -B test -Pbench -Dtest=GraphReaderBenchmark}, December 2026, 2 cores). Writes, which need one
 * transaction across several statements and chained bookmarks, go through SDN's transaction manager
 * ({@code Neo4jTransactionManager}, configured by Spring Boot) and its {@code Neo4jClient}.
 *
 * <p>With the database embedded in this process the statements run on it directly ({@link InProcessReads}: the same
 * READ transaction, timeout, request tag and memory limit, without packing and unpacking every row over Bolt on
 * loopback, which was 16-19% of the app's CPU on {@code unit-by-id} and the polled dashboard, see
 * docs/benchmarks.md); {@code orggraph.embedded.read-path=bolt} keeps the driver, as remote mode always does. Either
 * way each statement is counted once ({@link CypherStatementCounter}).
 */
@Component
public class GraphReader {

    private final Driver driver;
    /** The embedded database when reads go to it in-process, else null: then they go through the driver. */
    private final EmbeddedNeo4j inProcess;
    private final CypherStatementCounter counter;
    private final QueryConfig read;
    /** A longer timeout for work that is not a client's request, on this thread only. */
    private final ThreadLocal<QueryConfig> override = new ThreadLocal<>();

    private final RunningRequests requests;

    public GraphReader(Driver driver, ApiLimits limits, RunningRequests requests,
            ObjectProvider<EmbeddedNeo4j> embedded, EmbeddedNeo4jProperties properties,
            CypherStatementCounter counter) {
        this.driver = driver;
        this.requests = requests;
        this.counter = counter;
        this.inProcess = properties.readPath() == EmbeddedNeo4jProperties.Access.IN_PROCESS
                ? embedded.getIfAvailable() : null;
        this.read = QueryConfig.builder().withRouting(RoutingControl.READ).withTimeout(limits.readTimeout()).build();
    }

    /** All records of a read statement. */
    public List<Record> read(String cypher, Map<String, Object> parameters) {
        // tagged: carries the request's id, so that its transaction ends when the client goes away (DisconnectWatch)
        if (inProcess != null) {
            return requests.tagged(config(), config -> {
                counter.statementRun();
                return InProcessReads.read(inProcess.database(), cypher, parameters,
                        config.timeout().orElseThrow(), config.metadata());
            });
        }
        return requests.tagged(config(), config -> driver.executableQuery(cypher).withParameters(parameters)
                .withConfig(config).execute().records());
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

    /** Whether the reads run in-process on the embedded database (else through the driver). */
    public boolean inProcess() {
        return inProcess != null;
    }

    private QueryConfig config() {
        QueryConfig config = override.get();
        return config == null ? read : config;
    }
}
