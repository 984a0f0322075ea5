package org.orggraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.orggraph.OrgGraphTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an operator watches: the metrics at {@code /actuator/prometheus} (GraphQL requests and data fetchers, Cypher
 * statements, the store size, the page cache) and one log line per GraphQL request.
 */
@OrgGraphTest
class MonitoringTest {

    @LocalServerPort
    int port;

    /** Metrics are for administrators. */
    private static final String ADMIN = GraphQlTesters.TestUser.TEST_ADMIN.basic();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void metricsAreForAdministratorsOnly() throws Exception {
        for (String authorization : java.util.List.of(GraphQlTesters.TestUser.PLANNER.basic(), "")) {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).GET();
            if (!authorization.isEmpty()) {
                request.header("Authorization", authorization);
            }
            assertThat(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isIn(401, 403);
        }
    }

    @Test
    void prometheusHasGraphQlCypherAndNeo4jMetrics() throws Exception {
        graphQl("{\"operationName\": \"Cities\", \"query\": \"query Cities { cities { id name } }\"}");

        String metrics = get("/actuator/prometheus");

        assertThat(value(metrics, "graphql_request_seconds_count\\{[^}]*\\}")).isPositive();
        assertThat(value(metrics, "graphql_datafetcher_seconds_count\\{[^}]*field_name=\"cities\"[^}]*\\}")).isPositive();
        assertThat(value(metrics, "orggraph_cypher_statements_total(\\{[^}]*\\})?")).isPositive();
        assertThat(value(metrics, "orggraph_neo4j_store_size_bytes(\\{[^}]*\\})?"))
                .as("the Heshan store is several MB").isGreaterThan(1_000_000);
        assertThat(value(metrics, "orggraph_neo4j_page_cache_hit_ratio(\\{[^}]*\\})?")).isBetween(0.0, 1.0);
        assertThat(value(metrics, "orggraph_neo4j_page_cache_hits_total(\\{[^}]*\\})?")).isPositive();
    }

    /**
     * Read from the request logger itself, not from the console: a command run inside the test JVM (the CLI tests)
     * re-initializes logging, after which the console no longer shows the app's INFO lines.
     */
    @Test
    void eachGraphQlRequestIsOneLogLineWithDurationCostStatementsAndOutcome() throws Exception {
        ch.qos.logback.classic.Logger requests = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(RequestLogInterceptor.LOGGER);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> lines =
                new ch.qos.logback.core.read.ListAppender<>();
        ch.qos.logback.classic.Level level = requests.getLevel();
        lines.start();
        requests.addAppender(lines);
        requests.setLevel(ch.qos.logback.classic.Level.INFO);
        try {
            graphQl("{\"operationName\": \"Alliances\", \"query\": \"query Alliances { alliances(first: 3) { nodes { id } } }\"}");
            graphQl("{\"query\": \"{ nosuchfield }\"}");
        } finally {
            requests.detachAppender(lines);
            requests.setLevel(level);
        }
        String logged = String.join("\n", lines.list.stream().map(e -> e.getFormattedMessage()).toList());
        assertThat(logged).containsPattern("GraphQL Alliances in \\d+ ms, cost \\d+, [1-9]\\d* statements: ok")
                .containsPattern("GraphQL - in \\d+ ms, cost 0, 0 statements: GRAPHQL_VALIDATION_FAILED");
    }

    private void graphQl(String body) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", ADMIN).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", ADMIN).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The value of the first sample whose name and labels match {@code sample}. */
    private static double value(String metrics, String sample) {
        Matcher matcher = Pattern.compile("(?m)^" + sample + " (\\S+)$").matcher(metrics);
        assertThat(matcher.find()).as("a sample " + sample + " in:%n%s", metrics.lines()
                .filter(l -> l.startsWith("graphql") || l.startsWith("orggraph")).toList()).isTrue();
        return Double.parseDouble(matcher.group(matcher.groupCount()));
    }
}
