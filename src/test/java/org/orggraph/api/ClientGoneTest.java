package org.orggraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.GraphQlTesters.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.json.JsonMapper;

/**
 * A GraphQL request whose HTTP client goes away has its running Neo4j transaction terminated within a couple of
 * seconds (DisconnectWatch), far before the read timeout; requests whose clients stay are answered as before.
 */
@OrgGraphTest
class ClientGoneTest {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    MeterRegistry meters;

    @Test
    void theReadOfARequestWhoseClientLeftIsTerminated() throws Exception {
        double abandonedBefore = meters.get("orggraph.requests.abandoned").counter().count();
        String document = new ClassPathResource("graphql-test/slow-shortest-paths.graphql")
                .getContentAsString(StandardCharsets.UTF_8);
        byte[] body = JsonMapper.builder().build().writeValueAsBytes(Map.of("query", document));
        List<String> running;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                    + "Authorization: " + TestUser.TEST_ADMIN.basic() + "\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            running = awaitTransactions(Duration.ofSeconds(20));
            assertThat(running).as("the slow read runs, tagged with its request").isNotEmpty();
        }
        long closed = System.nanoTime();
        List<String> left = running;
        while (!left.isEmpty() && System.nanoTime() - closed < Duration.ofSeconds(5).toNanos()) {
            Thread.sleep(100);
            left = stillOpen(running);
        }
        long millis = (System.nanoTime() - closed) / 1_000_000;

        assertThat(left).as("transactions still open %d ms after the client left", millis).isEmpty();
        assertThat(millis).isLessThan(3_000);
        assertThat(meters.get("orggraph.requests.abandoned").counter().count()).isGreaterThan(abandonedBefore);
    }

    @Test
    void requestsWhoseClientsStayAreAnswered() {
        double abandonedBefore = meters.get("orggraph.requests.abandoned").counter().count();

        GraphQlTesters.as(port, Role.VIEWER).document("{ alliances(first: 2) { totalCount } }")
                .execute().path("alliances.totalCount").entity(Integer.class).isEqualTo(18);

        assertThat(meters.get("orggraph.requests.abandoned").counter().count()).isEqualTo(abandonedBefore);
    }

    /** The ids of the open transactions tagged with a request's id, once there are some. */
    private List<String> awaitTransactions(Duration atMost) throws InterruptedException {
        long until = System.nanoTime() + atMost.toNanos();
        List<String> ids = List.of();
        while (ids.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(100);
            ids = driver.executableQuery("SHOW TRANSACTIONS YIELD transactionId, metaData, currentQuery"
                    + " WHERE metaData." + RunningRequests.METADATA_KEY + " IS NOT NULL"
                    + " AND currentQuery CONTAINS 'shortest' RETURN transactionId").execute().records().stream()
                    .map(r -> r.get(0).asString()).toList();
        }
        return ids;
    }

    private List<String> stillOpen(List<String> ids) {
        return driver.executableQuery("SHOW TRANSACTIONS $ids YIELD transactionId RETURN transactionId")
                .withParameters(Map.of("ids", ids)).execute().records().stream().map(r -> r.get(0).asString())
                .toList();
    }
}
