package org.orggraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.orggraph.OrgGraphTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A read that is running when its request's client goes away is terminated by the watch within a tick or two, not
 * left to its timeout, and the request sees CLIENT_GONE. (Over HTTP, ClientGoneTest; its reads take a second or
 * two each on a quiet machine, too short to tell termination from an end of their own, hence a read here that
 * takes minutes unless stopped: a cartesian product of the city's people.)
 */
@OrgGraphTest
class DisconnectWatchTest {

    private static final String MINUTES_OF_WORK =
            "MATCH (a:Person), (b:Person) WHERE a.name < b.name AND a.id <> b.id RETURN count(*) AS pairs";

    /** A second or so: a hundred people against all the others, several ticks of the watch. */
    private static final String SOME_WORK = "MATCH (a:Person), (b:Person) WHERE a.id STARTS WITH 'person:0000'"
            + " AND a.id <> b.id RETURN count(*) AS pairs";

    @Autowired
    RunningRequests requests;

    @Autowired
    Driver driver;

    @Autowired
    MeterRegistry meters;

    @Test
    void aReadRunningWhenItsClientLeavesIsTerminated() {
        double terminatedBefore = meters.get("orggraph.requests.abandoned.transactions").counter().count();
        AtomicBoolean clientGone = new AtomicBoolean();
        AtomicReference<Object> outcome = new AtomicReference<>();
        ScheduledExecutorService client = Executors.newSingleThreadScheduledExecutor();
        client.schedule(() -> clientGone.set(true), 1, TimeUnit.SECONDS);
        long started = System.nanoTime();
        try {
            RunningRequests.Running request = requests.running(UUID.randomUUID().toString(), clientGone::get,
                    () -> {
                        outcome.set(catchThrowable(() -> requests.tagged(
                                QueryConfig.builder().withRouting(RoutingControl.READ).build(),
                                config -> driver.executableQuery(MINUTES_OF_WORK).withConfig(config).execute())));
                        return null;
                    });
            request.end();
        } finally {
            client.shutdownNow();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(outcome.get()).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo(ApiError.CLIENT_GONE));
        assertThat(took).as("the read ended %s after it began, the client leaving after 1 s", took)
                .isLessThan(Duration.ofSeconds(4));
        // the watch counts the transactions its TERMINATE stopped when that statement answers, which can be just
        // after the read it stopped has failed here
        await("the watch counts the transaction it terminated").atMost(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(meters.get("orggraph.requests.abandoned.transactions").counter()
                        .count()).isGreaterThan(terminatedBefore));
    }

    @Test
    void aReadOfARequestWhoseClientStaysRunsToItsEnd() {
        RunningRequests.Running request = requests.running(UUID.randomUUID().toString(), () -> false, () -> {
            long pairs = requests.tagged(QueryConfig.builder().withRouting(RoutingControl.READ).build(),
                    config -> driver.executableQuery(SOME_WORK).withConfig(config).execute().records().get(0)
                            .get("pairs").asLong());
            assertThat(pairs).isPositive();
            return null;
        });
        request.end();
    }
}
