package org.orggraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.GraphQlTesters.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;

/**
 * A request whose client goes away has its Neo4j transaction terminated within a second or two, not at the
 * transaction timeout. The slow request is a mutation waiting for a lock this test holds; the client is a plain
 * socket, closed while the mutation waits.
 */
@OrgGraphTest
class ClientDisconnectTest {

    static final String MUTATION = "mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { errors { code } } }";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    ClientDisconnects disconnects;

    @Test
    @Disabled("Not done: the closed connection is noticed (the first await passes, ~0.1 s), but the mutation's Neo4j"
            + " transaction still waits for the lock after the request thread is interrupted; see the guard report")
    void aWaitingMutationWhoseClientClosesTheConnectionIsTerminatedAtOnce() throws Exception {
        Record person = driver.executableQuery("MATCH (p:Person) RETURN p.id AS id, p.name AS name ORDER BY p.id LIMIT 1")
                .execute().records().get(0);
        String id = person.get("id").asString();
        String name = person.get("name").asString();
        long endedBefore = disconnects.ended();
        try (Session session = driver.session(); Transaction lock = session.beginTransaction()) {
            lock.run("MATCH (p:Person {id: $id}) SET p.disconnectProbe = true", Map.of("id", id)).consume();
            Socket client = send(Map.of("query", MUTATION, "variables",
                    Map.of("input", Map.of("id", id, "name", name + "改"))));
            String blocked = await(Duration.ofSeconds(60), () -> blockedTransactions().stream().findFirst().orElse(null));

            client.close();
            long closed = System.nanoTime();
            await(Duration.ofSeconds(5), () -> disconnects.ended() > endedBefore ? "noticed" : null);
            await(Duration.ofSeconds(5), () -> blockedTransactions().contains(blocked) ? null : "gone");
            long millis = (System.nanoTime() - closed) / 1_000_000;

            assertThat(millis).as("ms from the client leaving to the transaction's end").isLessThan(2_000);
            System.out.println("ClientDisconnectTest: the transaction ended " + millis + " ms after the client left");
            assertThat(disconnects.ended()).isEqualTo(endedBefore + 1);
            lock.rollback();
        }
        String after = driver.executableQuery("MATCH (p:Person {id: $id}) RETURN p.name AS name")
                .withParameters(Map.of("id", id)).execute().records().get(0).get("name").asString();
        assertThat(after).as("the mutation never ran").isEqualTo(name);
    }

    /** Transactions waiting for a lock: the mutation, once it tries to write the locked person. */
    private List<String> blockedTransactions() {
        return driver.executableQuery("SHOW TRANSACTIONS YIELD transactionId, status"
                        + " WHERE status STARTS WITH 'Blocked' RETURN transactionId").execute().records().stream()
                .map(r -> r.get("transactionId").asString()).toList();
    }

    private Socket send(Map<String, Object> body) throws Exception {
        byte[] json = JsonMapper.builder().build().writeValueAsBytes(body);
        Socket socket = new Socket("127.0.0.1", port);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: "
                + TestUser.of(Role.EDITOR).basic() + "\r\nContent-Type: application/json\r\nContent-Length: "
                + json.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(json);
        out.flush();
        return socket;
    }

    private static <T> T await(Duration atMost, java.util.function.Supplier<T> condition) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            T value = condition.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Not within " + atMost);
    }
}
