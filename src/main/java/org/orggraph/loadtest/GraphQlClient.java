package org.orggraph.loadtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP as any client of a running OrgGraph sends it: {@code POST /graphql}, JSON, HTTP Basic. A request
 * counts as answered only with HTTP 200 and no {@code errors}; anything else is a {@link Failure} saying what came.
 */
final class GraphQlClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final HttpClient http;
    private final URI endpoint;
    private final String authorization;
    private final JsonMapper json = JsonMapper.builder().build();

    GraphQlClient(String url, String user, String password) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.endpoint = URI.create(url.replaceAll("/+$", "") + "/graphql");
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Why a request did not count as answered. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    /** The {@code data} of the answer. */
    JsonNode execute(String document, Map<String, Object> variables) throws Failure {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                    .header("Content-Type", "application/json").header("Authorization", authorization)
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Failure(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        }
        String text = response.body();
        String shortened = text.substring(0, Math.min(300, text.length()));
        if (response.statusCode() != 200) {
            throw new Failure("HTTP " + response.statusCode() + " " + shortened);
        }
        try {
            JsonNode answer = json.readTree(text);
            if (answer.has("errors")) {
                throw new Failure("errors " + shortened);
            }
            return answer.path("data");
        } catch (JacksonException e) {
            throw new Failure("not JSON: " + shortened);
        }
    }
}
