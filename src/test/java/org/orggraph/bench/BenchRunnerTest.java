package org.orggraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.CypherFiles;
import org.orggraph.api.GraphQlTesters.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The machinery of {@code java -jar orggraph.jar bench}, run for one query for about a second against the shared
 * app, so that the command cannot rot: the GraphQL answer and the hand-written statement's are compared before
 * anything is timed, and a table row comes out. (How fast is the benchmark's business, never a test's.)
 */
@OrgGraphTest
class BenchRunnerTest {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    CypherFiles cypher;

    private BenchRunner runner() {
        return new BenchRunner(URI.create("http://127.0.0.1:" + port), TestUser.TEST_ADMIN.username(),
                TestUser.TEST_ADMIN.password(), driver,
                cypher, 2, Duration.ofMillis(400));
    }

    @Test
    void aQueryWhoseAnswersAgreeIsTimedOnBothSidesAndGivesATableRow() throws InterruptedException {
        List<BenchResult> results = runner().run(List.of(BenchCases.named("unit-by-id")), (i, n, name, side, f) -> { });

        BenchResult result = results.get(0);
        assertThat(result.mismatch()).isNull();
        assertThat(result.timed()).isTrue();
        assertThat(result.statements()).isPositive();
        assertThat(result.graphQl().requests()).isPositive();
        assertThat(result.graphQl().failures()).isZero();
        assertThat(result.statement().requests()).isPositive();
        assertThat(result.graphQl().p50Ms()).isPositive();
        String row = report(results).row(result);
        assertThat(row).startsWith("| `unit-by-id` |").contains("throughput ≥ 0.8×:").contains("p50 ≤ 1.3×:");
    }

    /** A hand-written statement that no longer runs, or answers otherwise, would make its row "not timed". */
    @Test
    void everyCaseAgreesWithItsHandWrittenStatement() {
        BenchRunner runner = runner();

        assertThat(BenchCases.all()).hasSizeGreaterThanOrEqualTo(17)
                .allSatisfy(benchCase -> assertThat(runner.check(benchCase)).as(benchCase.name()).isEmpty());
    }

    @Test
    void theDashboardAsOfADayAgreesWithItsHandWrittenStatement() throws InterruptedException {
        BenchResult result = runner().run(List.of(BenchCases.named("dashboard-as-of")), (i, n, name, side, f) -> { })
                .get(0);

        assertThat(result.mismatch()).isNull();
        assertThat(result.timed()).isTrue();
    }

    @Test
    void aQueryWhoseAnswersDifferIsReportedAndNotTimed() throws InterruptedException {
        BenchCase named = BenchCases.named("unit-by-id");
        BenchCase differing = new BenchCase("another-unit", named.question(), named.document(),
                Map.of("id", "unit:0001"), named.target());

        BenchResult result = runner().run(List.of(differing), (i, n, name, side, f) -> { }).get(0);

        assertThat(result.timed()).isFalse();
        assertThat(result.graphQl()).isNull();
        assertThat(result.mismatch()).startsWith("$.unit.");
        assertThat(report(List.of(result)).row(result)).contains("answers differ, not timed: $.unit.");
    }

    @Test
    void aRunReplacesItsScalesBlockInTheBenchSectionAndKeepsTheOthers() {
        BenchCase named = BenchCases.named("unit-by-id");
        BenchResult differing = new BenchResult(named, 1, "$.unit.id: a ≠ b", null, null);
        String docs = "# Benchmarks\n\nThe table goes between `<!-- bench -->` and `<!-- /bench -->` below.\n";

        String once = report(List.of(differing), 1).into(report(List.of(differing), 10).into(docs));
        String twice = report(List.of(differing), 1).into(once);

        assertThat(twice).isEqualTo(once).startsWith(docs).contains(BenchReport.START, BenchReport.END);
        assertThat(twice.indexOf("<!-- bench:scale-1 -->")).isLessThan(twice.indexOf("<!-- bench:scale-10 -->"));
        assertThat(twice.split("### Scale 1,", -1)).hasSize(2);
    }

    @Test
    void aRunOnAKeptDataDirThatFoundTheDataLoadedSaysSoInsteadOfALoadRate() {
        BenchResult differing = new BenchResult(BenchCases.named("unit-by-id"), 1, "$.unit.id: a ≠ b", null, null);
        BenchReport reused = new BenchReport(LocalDate.of(2026, 12, 3), new BenchMachine(2, 1L << 34, "17", "5.26",
                "4.1.2", "-"), 100, 10, 5, true, null, 1L << 28, 1L << 30, List.of(differing));

        assertThat(reused.markdown()).contains("bench --scale 100 --clients 10 --duration 5 --data-dir DIR`")
                .contains("the scale-100 graph already in DIR, not loaded by this run").doesNotContain("rows/s");
        assertThat(report(List.of(differing)).markdown()).doesNotContain("--data-dir").doesNotContain("already in");
    }

    private static BenchReport report(List<BenchResult> results) {
        return report(results, 1);
    }

    private static BenchReport report(List<BenchResult> results, int scale) {
        return new BenchReport(LocalDate.of(2026, 12, 2), new BenchMachine(2, 1L << 34, "17", "5.26", "4.1.2", "-"),
                scale, 2, 1, false, null, 1L << 28, 1L << 30, results);
    }
}
