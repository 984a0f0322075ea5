package org.orggraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

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
 * A GraphQL request whose HTTP client goes away stops within a couple of seconds (DisconnectWatch): its open read
 * ends and none of its later reads starts, far before the half minute its reads would take; requests whose clients
 * stay are answered as before. (That a read in flight is terminated rather than left to end: DisconnectWatchTest.)
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
    void theReadsOfARequestWhoseClientLeftAreStopped() throws Exception {
        double abandonedBefore = meters.get("orggraph.requests.abandoned").counter().count();
        String document = new ClassPathResource("graphql-test/slow-links-as-of.graphql")
                .getContentAsString(StandardCharsets.UTF_8);
        byte[] body = JsonMapper.builder().build().writeValueAsBytes(Map.of("query", document));
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                    + "Authorization: " + TestUser.TEST_ADMIN.basic() + "\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            await("the slow request's reads run, tagged with its request").atMost(Duration.ofSeconds(20))
                    .until(() -> !requestTransactions().isEmpty());
        }
        long closed = System.nanoTime();

        // Its 20 reads take half a minute one after another. The server notices the client left (and counts the
        // request as abandoned); from then on none of its reads is open. Waiting for the count first: between two
        // reads none is open either, which an earlier check 3 ms after the close mistook for the stop.
        await("the request counted as abandoned within 3 s of its client leaving").atMost(Duration.ofSeconds(3))
                .until(() -> meters.get("orggraph.requests.abandoned").counter().count() > abandonedBefore);
        await("no read of the request open within 3 s of it being found abandoned").atMost(Duration.ofSeconds(3))
                .until(() -> requestTransactions().isEmpty());
        long millis = (System.nanoTime() - closed) / 1_000_000;
        // ... and none of its later reads starts
        assertThat(stays(Duration.ofMillis(1_500), () -> requestTransactions().isEmpty()))
                .as("a later read of the request started %d ms after its client left", millis).isTrue();
    }

    @Test
    void requestsWhoseClientsStayAreAnswered() {
        double abandonedBefore = meters.get("orggraph.requests.abandoned").counter().count();

        GraphQlTesters.as(port, Role.VIEWER).document("{ alliances(first: 2) { totalCount } }")
                .execute().path("alliances.totalCount").entity(Integer.class).isEqualTo(18);

        assertThat(meters.get("orggraph.requests.abandoned").counter().count()).isEqualTo(abandonedBefore);
    }

    /** The ids of the open transactions tagged with a request's id (this test's request is the only one running). */
    private List<String> requestTransactions() {
        return driver.executableQuery("SHOW TRANSACTIONS YIELD transactionId, metaData"
                + " WHERE metaData." + RunningRequests.METADATA_KEY + " IS NOT NULL RETURN transactionId")
                .execute().records().stream().map(r -> r.get(0).asString()).toList();
    }

    /** Whether {@code condition} holds on every look for {@code during} (Awaitility's during waits past a lapse). */
    private static boolean stays(Duration during, BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + during.toNanos();
        while (System.nanoTime() < until) {
            if (!condition.getAsBoolean()) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }
}
