package org.orggraph.graph;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.orggraph.OrgGraphTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No way out of the database: Cypher fetches no URL (LOAD CSV, APOC's loaders) and cannot stream the graph out
 * (APOC's exporters), checked against a local HTTP server that must never see a request. LOAD CSV of a file in
 * the import folder still works.
 */
@OrgGraphTest
class OutboundConnectionsTest {

    @Autowired
    Driver driver;

    @Autowired
    EmbeddedNeo4jProperties properties;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String url;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/data.csv";
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void loadCsvFromAUrlIsRefusedAndNothingIsFetched() {
        for (String address : List.of(url, url.replace("127.0.0.1", "localhost"))) {
            assertThatThrownBy(() -> driver.executableQuery("LOAD CSV FROM $url AS row RETURN count(*) AS n")
                    .withParameters(java.util.Map.of("url", address)).execute())
                    .isInstanceOf(ClientException.class);
        }
        assertThat(requests).hasValue(0);
    }

    @Test
    void apocCannotFetchUrlsNorExportTheGraph() {
        assertThatThrownBy(() -> driver.executableQuery("CALL apoc.load.jsonParams($url, {}, null) YIELD value"
                + " RETURN value").withParameters(java.util.Map.of("url", url)).execute())
                .isInstanceOf(ClientException.class).hasMessageContaining("apoc.load.jsonParams");
        assertThatThrownBy(() -> driver.executableQuery("CALL apoc.load.json($url) YIELD value RETURN value")
                .withParameters(java.util.Map.of("url", url)).execute()).isInstanceOf(ClientException.class);
        assertThatThrownBy(() -> driver.executableQuery("CALL apoc.export.json.all(null, {stream: true})"
                + " YIELD data RETURN data").execute())
                .isInstanceOf(ClientException.class).hasMessageContaining("apoc.export.json.all");
        assertThat(requests).hasValue(0);
        List<String> left = driver.executableQuery("SHOW PROCEDURES YIELD name WHERE name STARTS WITH 'apoc.load.'"
                + " OR name STARTS WITH 'apoc.export.' OR name STARTS WITH 'apoc.import.' RETURN name").execute()
                .records().stream().map(r -> r.get("name").asString()).toList();
        assertThat(left).isEmpty();
        // The rest of APOC is there.
        assertThat(driver.executableQuery("RETURN apoc.text.join(['a', 'b'], '-') AS s").execute().records().get(0)
                .get("s").asString()).isEqualTo("a-b");
    }

    @Test
    void loadCsvOfAFileInTheImportFolderStillWorks() throws IOException {
        Files.writeString(properties.importDir().resolve("outbound-test.csv"), "a,b\n1,2\n3,4\n");
        int rows = driver.executableQuery("LOAD CSV WITH HEADERS FROM 'file:///outbound-test.csv' AS row"
                + " RETURN count(*) AS n").execute().records().get(0).get("n").asInt();
        assertThat(rows).isEqualTo(2);
    }

    @Test
    void aTransactionMayHoldAtMostItsMemoryLimit() {
        String value = driver.executableQuery("SHOW SETTINGS YIELD name, value WHERE name = 'db.memory.transaction.max'"
                + " RETURN value").execute().records().get(0).get("value").asString();
        assertThat(value).isNotIn("0", "0B", "0b");
    }
}
