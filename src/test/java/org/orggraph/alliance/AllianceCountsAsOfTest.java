package org.orggraph.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.GraphQlTesters;
import org.orggraph.history.AllianceMoves;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * {@code Alliance.counts} under {@code alliance(id, asOf:)} and {@code alliances(asOf:)}: the counts of that day. The
 * Heshan history moves units between the alliances of a town before 2021 (history/HistoryStep) and lets others join
 * late, so an alliance of mid-2019 had today's units less those that joined since plus those that left since; and
 * its counts of that day are the dashboard's totals of the alliance that day.
 */
@OrgGraphTest
class AllianceCountsAsOfTest {

    static final LocalDate DAY = LocalDate.of(2019, 6, 30);

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Test
    void anAllianceCountsTheUnitsItHadThatDay() {
        AllianceMoves moves = AllianceMoves.after(driver, DAY);
        assertThat(moves.leftSince()).as("units moved between alliances after mid-2019").isPositive();
        String alliance = moves.alliance();

        GraphQlTester.Response response = GraphQlTesters.overHttp(port).documentName("alliance-counts-as-of")
                .variable("id", alliance).variable("asOf", DAY).execute();
        response.errors().verify();
        Map<?, ?> then = response.path("then.counts").entity(Map.class).get();
        Map<?, ?> today = response.path("today.counts").entity(Map.class).get();

        int expected = (Integer) today.get("units") - moves.joinedSince() + moves.leftSince();
        assertThat(then.get("units")).as("units of %s on %s", alliance, DAY).isEqualTo(expected)
                .isNotEqualTo(today.get("units"));
        response.path("listedThen.nodes[?(@.id == '" + alliance + "')].counts.units").entityList(Integer.class)
                .containsExactly(expected);
        Map<?, ?> dashboard = response.path("dashboardThen.totals").entity(Map.class).get();
        assertThat(then).as("the dashboard's totals of the alliance that day").isEqualTo(Map.of(
                "communities", dashboard.get("communities"), "industrialParks", dashboard.get("industrialParks"),
                "units", dashboard.get("units"), "partyOrganizations", dashboard.get("partyOrganizations"),
                "partyMembers", dashboard.get("members")));
    }
}
