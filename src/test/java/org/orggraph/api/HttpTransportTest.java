package org.orggraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.orggraph.OrgGraphTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * How the app's answers travel: a polling client keeps its one connection however many requests it sends, and large
 * answers are gzipped for clients that accept it.
 */
@OrgGraphTest
class HttpTransportTest {

    /** A static asset, answered with a Content-Length, so that one connection can carry many answers in a row. */
    private static final String ASSET = "/graphiql/vendor/LICENSE-react";

    @LocalServerPort
    int port;

    /** Every page and answer needs a login. */
    private static final String LOGIN = GraphQlTesters.TestUser.TEST_ADMIN.basic();

    @Test
    void oneConnectionCarriesOneHundredAndFiftyRequestsWithoutBeingClosed() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            for (int i = 1; i <= 150; i++) {
                out.write(("GET " + ASSET + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: " + LOGIN
                        + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                List<String> head = head(in);
                assertThat(head.get(0)).as("response %d", i).startsWith("HTTP/1.1 200");
                assertThat(head).as("response %d", i).noneMatch(h -> h.toLowerCase(Locale.ROOT).equals("connection: close"));
                in.readNBytes(contentLength(head));
            }
        }
    }

    @Test
    void aLargeAnswerIsGzippedForAClientThatAcceptsItAndASmallOneIsNot() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<byte[]> large = client.send(graphQl("{ people(first: 100) { nodes { id name pinyin } } }"),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(large.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String json = new String(new GZIPInputStream(new java.io.ByteArrayInputStream(large.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\"data\":{\"people\"").hasSizeGreaterThan(2048);

        HttpResponse<byte[]> small = client.send(graphQl("{ __typename }"), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(small.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(small.body(), StandardCharsets.UTF_8)).contains("Query");
    }

    private HttpRequest graphQl(String query) {
        String body = "{\"query\":\"" + query.replace("\"", "\\\"") + "\"}";
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Accept-Encoding", "gzip").header("Authorization", LOGIN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** The status line and the header lines of one response, up to the empty line. */
    private static List<String> head(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.US_ASCII).stripTrailing();
                if (text.isEmpty()) {
                    return lines;
                }
                lines.add(text);
                line.reset();
            } else {
                line.write(b);
            }
        }
        throw new IOException("The server closed the connection after " + lines);
    }

    private static int contentLength(List<String> head) {
        return head.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                .map(h -> Integer.parseInt(h.substring("content-length:".length()).strip())).findFirst()
                .orElseThrow(() -> new AssertionError("no Content-Length in " + head));
    }
}
