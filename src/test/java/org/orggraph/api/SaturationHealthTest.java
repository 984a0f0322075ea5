package org.orggraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.GraphQlTesters.TestUser;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * Health reports saturation: requests in flight against the web server's capacity, open Neo4j transactions and the
 * heap, to ADMIN; OUT_OF_SERVICE from 90% of the threads busy or of the heap live.
 */
@OrgGraphTest
class SaturationHealthTest {

    static final long GB = 1L << 30;

    @LocalServerPort
    int port;

    @Test
    void anAdminSeesRequestsTransactionsAndHeapOfAServerThatIsNotSaturated() {
        Map<?, ?> saturation = (Map<?, ?>) health(TestUser.TEST_ADMIN.basic()).get("saturation");

        assertThat(saturation.get("status")).isEqualTo("UP");
        Map<?, ?> details = (Map<?, ?>) saturation.get("details");
        // This very request is in flight, and the health's own SHOW TRANSACTIONS is open.
        assertThat(((Number) details.get("requestsInFlight")).intValue()).isPositive();
        assertThat(((Number) details.get("requestCapacity")).intValue()).isEqualTo(200);
        assertThat(((Number) details.get("openTransactions")).longValue()).isPositive();
        long used = ((Number) details.get("heapUsedBytes")).longValue();
        assertThat(used).isPositive().isLessThan(((Number) details.get("heapMaxBytes")).longValue());
    }

    @Test
    void othersSeeNoFigures() {
        String body = RestClient.create("http://127.0.0.1:" + port).get().uri("/actuator/health")
                .retrieve().body(String.class);

        assertThat(body).doesNotContain("saturation").doesNotContain("heap");
    }

    @Test
    void busyThreadsOrAFullHeapTakeTheServerOutOfService() {
        Health idle = SaturationHealthIndicator.report(new Saturation(10, 200, 3, GB, 4 * GB));
        Health busy = SaturationHealthIndicator.report(new Saturation(180, 200, 150, GB, 4 * GB));
        Health fullHeap = SaturationHealthIndicator.report(new Saturation(10, 200, 3, 37 * GB / 10, 4 * GB));

        assertThat(idle.getStatus()).isEqualTo(Status.UP);
        assertThat(busy.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(busy.getDetails()).containsEntry("saturated", "requests");
        assertThat(fullHeap.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(fullHeap.getDetails()).containsEntry("saturated", "heap");
        assertThat(new Saturation(179, 200, 0, 0, GB).saturated()).isFalse();
    }

    private Map<?, ?> health(String authorization) {
        String body = RestClient.create("http://127.0.0.1:" + port).get().uri("/actuator/health")
                .header(HttpHeaders.AUTHORIZATION, authorization).retrieve().body(String.class);
        return (Map<?, ?>) JsonMapper.builder().build().readValue(body, Map.class).get("components");
    }
}
