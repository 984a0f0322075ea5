package org.orggraph.dashboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.GraphQlTesters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * How long the big screen's dashboard query takes over HTTP (the whole query of /dashboard: every group), for the
 * whole city, one alliance and one street: computed (the kept results forgotten before each request, as the first
 * poll after a change sees it) and polled (kept under the same history cursor, as a wall of screens sees it between
 * changes). Prints p50/p95 and writes the "Dashboard" section of docs/benchmarks.md; asserts
 * nothing about speed. {@code ./mvnw -B test -Pbench -Dtest=DashboardBenchmark} (scale: orggraph.sample-scale).
 */
@Tag("bench")
@OrgGraphTest
class DashboardBenchmark {

    static final String QUERY = """
            query($areaId: ID, $allianceId: ID, $asOf: Date) {
              dashboard(areaId: $areaId, allianceId: $allianceId, asOf: $asOf) {
              totals { communities compounds industrialParks units partyOrganizations members alliances serviceCenters
                unitsByKind { kind count } }
              coverage { communitiesWithCommittee { rate } compoundsWithBranch { rate } unitsReported { rate }
                membersReported { rate } communitiesWithServiceCenter { rate } gridCoverage { rate } }
              funnel { raised matched inProgress done }
              activityByMonth(months: 24) { month activities participations }
              mostConnectedUnits(first: 10) { unit { id name } partners }
              leastConnectedUnits(first: 10) { unit { id name } partners } } }""";
    /** The past day of the as-of scope (kept apart from today's, computed with the memberships of that day). */
    static final String AS_OF = "2019-06-30";
    static final String BEGIN = "<!-- dashboard-benchmark -->";
    static final String END = "<!-- /dashboard-benchmark -->";

    @LocalServerPort
    int port;

    @Autowired
    DashboardStatements statements;

    @Value("${orggraph.sample-scale}")
    int scale;

    @Test
    void theBigScreensQueryComputedAndPolled() throws IOException {
        HttpGraphQlTester graphQl = GraphQlTesters.overHttp(port);
        StringBuilder table = new StringBuilder("| scope | computed p50 | computed p95 | polled p50 | polled p95 |\n"
                + "|---|---|---|---|---|\n");
        for (Map<String, Object> scope : List.of(Map.<String, Object>of(), Map.<String, Object>of("allianceId", "alliance:01"),
                Map.<String, Object>of("areaId", "street:shaping"), Map.<String, Object>of("asOf", AS_OF))) {
            for (int i = 0; i < 3; i++) {
                statements.forgetAll();
                run(graphQl, scope);
            }
            List<Long> computed = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                statements.forgetAll();
                computed.add(run(graphQl, scope));
            }
            List<Long> polled = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                polled.add(run(graphQl, scope));
            }
            String name = scope.isEmpty() ? "whole city"
                    : scope.containsKey("asOf") ? "whole city as of " + AS_OF : scope.values().iterator().next().toString();
            String line = "| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms |".formatted(name, p(computed, 50),
                    p(computed, 95), p(polled, 50), p(polled, 95));
            System.out.println("BENCH dashboard " + line);
            table.append(line).append('\n');
        }
        write(table.toString());
    }

    private static long run(HttpGraphQlTester graphQl, Map<String, Object> scope) {
        long started = System.nanoTime();
        var request = graphQl.document(QUERY);
        for (Map.Entry<String, Object> v : scope.entrySet()) {
            request = request.variable(v.getKey(), v.getValue());
        }
        request.execute().errors().verify();
        return System.nanoTime() - started;
    }

    private static double p(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private void write(String table) throws IOException {
        Path file = Path.of("docs/benchmarks.md");
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n";
        String section = BEGIN + "\n## Dashboard\n\n"
                + "`./mvnw -B test -Pbench -Dtest=DashboardBenchmark`, " + LocalDate.now() + ", scale " + scale
                + ", 2 shared cores. The whole query of the /dashboard page over HTTP (every group: totals, coverage,"
                + " funnel, 24 months of activity, 10 most and 10 least connected units); the last row as of " + AS_OF + ". *Computed*: the kept results"
                + " forgotten before each request, as the first poll after a change finds them (the history cursor and"
                + " 5 statements); *polled*: the history cursor read (one count-store read, one index entry) and the"
                + " whole response kept under it (api/KeptResponses), what every poll between two changes sees.\n\n"
                + table + END;
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        String updated = begin >= 0 && end > begin ? text.substring(0, begin) + section + text.substring(end + END.length())
                : text.stripTrailing() + "\n\n" + section + "\n";
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }
}
