package org.orggraph.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.QueryConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One GraphQL request gets {@code orggraph.limits.read-timeout} for all its reads together, not each read its own
 * (the outsider's trial, docs/operations.md: 20 root fields of neighbourhoods ran one after the other, each under
 * its own 30 s). A clock of the test's own: no timing.
 */
class RequestDeadlineTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final QueryConfig READ = QueryConfig.builder().withTimeout(TIMEOUT).build();

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RunningRequests requests = new RunningRequests(TIMEOUT, now::get);

    @Test
    void eachReadOfARequestRunsUnderWhatIsLeftOfTheRequestsTime() {
        List<Duration> timeouts = new ArrayList<>();
        requests.running("r1", () -> false, () -> {
            timeouts.add(requests.tagged(READ, config -> config.timeout().orElseThrow()));
            now.addAndGet(Duration.ofSeconds(25).toNanos());
            timeouts.add(requests.tagged(READ, config -> config.timeout().orElseThrow()));
            return null;
        });
        assertThat(timeouts).containsExactly(TIMEOUT, Duration.ofSeconds(5));
    }

    @Test
    void aReadThatWouldStartAfterTheRequestsTimeIsRefusedAsTooExpensive() {
        List<String> ran = new ArrayList<>();
        requests.running("r2", () -> false, () -> {
            now.addAndGet(TIMEOUT.toNanos());
            assertThatThrownBy(() -> requests.tagged(READ, config -> ran.add("read")))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.code()).isEqualTo(ApiError.TOO_EXPENSIVE);
                        assertThat(e.getMessage()).contains("orggraph.limits.read-timeout");
                    });
            return null;
        });
        assertThat(ran).isEmpty();
    }

    @Test
    void aShorterTimeoutOfTheReadItselfIsKeptAndReadsOutsideARequestAreUntouched() {
        QueryConfig shortRead = QueryConfig.builder().withTimeout(Duration.ofSeconds(2)).build();
        requests.running("r3", () -> false, () -> {
            Duration kept = requests.tagged(shortRead, config -> config.timeout().orElseThrow());
            assertThat(kept).isEqualTo(Duration.ofSeconds(2));
            return null;
        });
        now.addAndGet(Duration.ofHours(1).toNanos());
        Duration outside = requests.tagged(READ, config -> config.timeout().orElseThrow());
        assertThat(outside).isEqualTo(TIMEOUT);
    }
}
