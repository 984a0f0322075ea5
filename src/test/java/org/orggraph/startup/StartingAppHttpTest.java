package org.orggraph.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orggraph.api.GraphQlTesters;
import org.orggraph.OrgGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a client sees over HTTP while the app starts. The shared app is ready by the time tests run, so each test
 * puts the start back into the reference-data phase for its duration and restores the real status after: the
 * probes and GraphQL read that one status, exactly as during a real start (a start observed live is in
 * {@link PhasesAfterTheWebServerTest}).
 */
@OrgGraphTest
class StartingAppHttpTest {

    @Autowired
    StartupProgress progress;

    @LocalServerPort
    int port;

    /** A logged-in planner: anonymous callers get 401 before the start-up gate. */
    private static final String PLANNER = GraphQlTesters.TestUser.PLANNER.basic();

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private StartupProgress.Status real;

    @BeforeEach
    void loadingReferenceData() {
        real = progress.force(StartupProgress.Status.starting(StartupPhase.REFERENCE_DATA, 62));
    }

    @AfterEach
    void restore() {
        progress.force(real);
    }

    @Test
    void readinessIsOutOfServiceWithThePhaseAndPercentWhileLivenessIsUp() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        HttpResponse<String> liveness = get("/actuator/health/liveness");

        assertThat(readiness.statusCode()).isEqualTo(503);
        Map<?, ?> body = json.readValue(readiness.body(), Map.class);
        assertThat(body.get("status")).isEqualTo("OUT_OF_SERVICE");
        Map<?, ?> startup = (Map<?, ?>) ((Map<?, ?>) body.get("components")).get("startup");
        assertThat(startup.get("details")).isEqualTo(Map.of("phase", "reference data", "percent", 62));

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(json.readValue(liveness.body(), Map.class).get("status")).isEqualTo("UP");
    }

    @Test
    void graphQlAnswersUnavailableWithRetryAfterAndRunsNothing() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/graphql"))
                .header("Content-Type", "application/json").header("Authorization", PLANNER)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ cities { id } }\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        Map<?, ?> error = (Map<?, ?>) ((List<?>) json.readValue(response.body(), Map.class).get("errors")).get(0);
        assertThat(error.get("message")).asString().contains("OrgGraph is starting (reference data 62%)");
        assertThat(error.get("extensions")).isEqualTo(Map.of("code", "UNAVAILABLE", "phase", "reference data",
                "percent", 62));
        assertThat(json.readValue(response.body(), Map.class)).doesNotContainKey("data");
    }

    @Test
    void onceReadyTheProbeIsUpAndGraphQlAnswers() throws Exception {
        progress.force(real);

        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get("/graphql?query=%7Bcities%7Bid%7D%7D").body()).contains("\"id\":\"city:heshan\"");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", PLANNER).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
