package org.orggraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;
import org.orggraph.OrgGraphTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The API's reads run in-process on the embedded database (the suite's configuration, so every API test, ClientGoneTest
 * among them, runs on this path), and give what the driver gives over Bolt: the same records, value for value; the
 * read timeout and the transaction memory limit stop them with the codes the error boundary maps to TOO_EXPENSIVE;
 * they write nothing; the request's tag is on their transaction, where DisconnectWatch looks for it.
 */
@OrgGraphTest
class InProcessReadsTest {

    /** Every kind of value a statement can return: entities, a path, lists, maps, temporals, points, a duration. */
    private static final String EVERY_KIND = """
            MATCH p = (u:Unit {id: $id})-[r]->(o)
            WITH p, u, r, o ORDER BY type(r), elementId(o) LIMIT 3
            RETURN u, r, o, p, [u, o] AS nodes, {unit: u, rel: r, n: 1, f: 1.5, s: 'x', b: true, none: null} AS map,
                   date('2024-02-29') AS d, localtime('12:34:56.789') AS lt, time('12:34:56+08:00') AS t,
                   localdatetime('2024-02-29T12:34:56') AS ldt, datetime('2024-02-29T12:34:56+08:00') AS dt,
                   datetime('2024-02-29T12:34:56[Asia/Shanghai]') AS zoned, duration('P1Y2M3DT4H5M6.007S') AS dur,
                   point({x: 1.5, y: 2.5}) AS cartesian, point({longitude: 112.96, latitude: 22.77, height: 3})
                   AS geographic, [1, 2, 3] AS ints, ['a', null] AS strings, [] AS empty, null AS nothing
            """;

    @Autowired
    GraphReader reader;

    @Autowired
    Driver driver;

    @Autowired
    RunningRequests requests;

    @Test
    void theSuiteReadsInProcess() {
        assertThat(reader.inProcess()).isTrue();
    }

    @Test
    void theRecordsAreTheDriversValueForValue() {
        Map<String, Object> parameters = Map.of("id", "unit:0001");
        List<Record> inProcess = reader.read(EVERY_KIND, parameters);
        List<Record> overBolt = driver.executableQuery(EVERY_KIND).withParameters(parameters)
                .withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build()).execute().records();

        assertThat(inProcess).hasSize(3);
        assertThat(inProcess.get(0).keys()).isEqualTo(overBolt.get(0).keys());
        assertThat(plain(inProcess)).isEqualTo(plain(overBolt));
        Value map = inProcess.get(0).get("map");
        assertThat(map.get("unit").asNode().labels()).contains("Unit");
        assertThat(map.get("none").isNull()).isTrue();
    }

    @Test
    void aReadPastItsTimeoutIsStoppedAsTooExpensive() {
        assertThatThrownBy(() -> reader.withTimeout(Duration.ofMillis(200),
                () -> reader.read("UNWIND range(1, 2000000000) AS i WITH i WHERE i % 7 = 100 RETURN count(i)",
                        Map.of())))
                .isInstanceOf(Neo4jException.class)
                .satisfies(e -> assertThat(((Neo4jException) e).code()).contains("TransactionTimedOut"))
                .satisfies(e -> assertThat(ApiExceptionResolver.overLimit(e)).isTrue());
    }

    @Test
    void aReadOverTheTransactionMemoryLimitIsStoppedAsTooExpensive() {
        // 512 MB per transaction (EmbeddedNeo4jStarter): a list of 40 million integers is more
        assertThatThrownBy(() -> reader.read("UNWIND range(1, 40000000) AS i RETURN size(collect(i)) AS n", Map.of()))
                .isInstanceOf(Neo4jException.class)
                .satisfies(e -> assertThat(ApiExceptionResolver.overLimit(e)).as(((Neo4jException) e).code()).isTrue());
    }

    @Test
    void aReadWritesNothing() {
        for (String write : List.of("CREATE (n:InProcessWrite) RETURN n",
                "CALL apoc.cypher.doIt('CREATE (n:InProcessWrite) RETURN n', {}) YIELD value RETURN value")) {
            assertThatThrownBy(() -> reader.read(write, Map.of())).as(write)
                    .isInstanceOf(Neo4jException.class)
                    .satisfies(e -> assertThat(((Neo4jException) e).code()).as(write)
                            .isIn("Neo.ClientError.Security.Forbidden", "Neo.ClientError.Statement.AccessMode"));
        }
        assertThat(reader.read("MATCH (n:InProcessWrite) RETURN count(n) AS n", Map.of()).get(0).get("n").asLong())
                .isZero();
    }

    @Test
    void aReadOfARequestCarriesItsTagInItsTransaction() {
        List<Record> own = new ArrayList<>();
        requests.running("inprocess-test-request", () -> false, () -> own.addAll(reader.read(
                "SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE currentQuery STARTS WITH 'SHOW TRANSACTIONS'"
                        + " RETURN metaData", Map.of()))).end();
        assertThat(own).hasSize(1);
        assertThat(own.get(0).get("metaData").asMap())
                .containsEntry(RunningRequests.METADATA_KEY, "inprocess-test-request");
    }

    /** The records as plain maps, lists and values, with every entity's element id, labels or type and properties. */
    private static List<Map<String, Object>> plain(List<Record> records) {
        return records.stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            r.keys().forEach(key -> row.put(key, plain(r.get(key))));
            return row;
        }).toList();
    }

    private static Object plain(Value value) {
        TypeSystem types = TypeSystem.getDefault();
        if (value.hasType(types.NODE())) {
            return plain(value.asNode());
        }
        if (value.hasType(types.RELATIONSHIP())) {
            return plain(value.asRelationship());
        }
        if (value.hasType(types.PATH())) {
            Path path = value.asPath();
            List<Object> steps = new ArrayList<>();
            path.forEach(segment -> steps.add(List.of(plain(segment.start()), plain(segment.relationship()),
                    plain(segment.end()))));
            return List.of("path", plain(path.start()), steps);
        }
        if (value.hasType(types.LIST())) {
            return value.asList(InProcessReadsTest::plain);
        }
        if (value.hasType(types.MAP())) {
            return plainMap(value.asMap(v -> v));
        }
        return List.of(value.type().name(), String.valueOf(value.asObject()));
    }

    private static Object plain(Node node) {
        List<String> labels = new ArrayList<>();
        node.labels().forEach(labels::add);
        labels.sort(null);
        return List.of("node", node.elementId(), labels, plainMap(node.asMap(v -> v)));
    }

    private static Object plain(Relationship rel) {
        return List.of("rel", rel.elementId(), rel.type(), rel.startNodeElementId(), rel.endNodeElementId(),
                plainMap(rel.asMap(v -> v)));
    }

    private static Map<String, Object> plainMap(Map<String, Value> map) {
        Map<String, Object> plain = new TreeMap<>();
        map.forEach((key, v) -> plain.put(key, plain(v)));
        return plain;
    }
}
