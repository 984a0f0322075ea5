package org.orggraph.api;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.orggraph.OrgGraphTest;
import org.orggraph.node.ReadPath;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the API's reads should run: the driver's managed read query ({@code executableQuery}, what {@link GraphReader}
 * does) against Spring Data Neo4j's {@code Neo4jClient} inside a read-only Spring transaction (SDN's transaction
 * manager, bookmarks chained by it), on the same statement (one unit by id through the read path) in one run,
 * alternating blocks. Prints; asserts nothing about speed. {@code ./mvnw -B test -Pbench -Dtest=GraphReaderBenchmark}
 */
@Tag("bench")
@OrgGraphTest
class GraphReaderBenchmark {

    private static final int BLOCK = 500;
    private static final int ROUNDS = 6;

    @Autowired
    Driver driver;

    @Autowired
    Neo4jClient client;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    CypherFiles cypher;

    @Autowired
    ReadPath readPath;

    @Test
    void driverManagedQueryAgainstNeo4jClientInAReadOnlyTransaction() {
        String statement = cypher.render("node/by-ids", Map.of("label", "`Unit`"));
        Map<String, Object> parameters = Map.of("ids", List.of("unit:0001"), "allow", readPath.allowlist());
        QueryConfig read = QueryConfig.builder().withRouting(RoutingControl.READ).build();
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        Supplier<List<Record>> viaDriver = () -> driver.executableQuery(statement).withParameters(parameters)
                .withConfig(read).execute().records();
        Supplier<List<Record>> viaClient = () -> readOnly.execute(status -> List.copyOf(client.query(statement)
                .bindAll(parameters).fetchAs(Record.class).mappedBy((types, record) -> record).all()));
        if (!viaDriver.get().get(0).get("node").equals(viaClient.get().get(0).get("node"))) {
            throw new IllegalStateException("the two ways answer differently");
        }
        long driverNanos = 0;
        long clientNanos = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long d = time(viaDriver);
            long c = time(viaClient);
            if (round > 0) {
                driverNanos += d;
                clientNanos += c;
            }
        }
        int calls = BLOCK * (ROUNDS - 1);
        System.out.printf("BENCH unit by id, %d calls each: driver executableQuery %.0f/s, Neo4jClient + read-only"
                + " transaction %.0f/s, ratio %.2f%n", calls, calls / (driverNanos / 1e9), calls / (clientNanos / 1e9),
                (double) clientNanos / driverNanos);
    }

    private static long time(Supplier<List<Record>> read) {
        long started = System.nanoTime();
        for (int i = 0; i < BLOCK; i++) {
            read.get();
        }
        return System.nanoTime() - started;
    }
}
