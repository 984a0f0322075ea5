package org.orggraph.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.orggraph.FixtureRemoval;
import org.orggraph.alliance.LinkProjection;
import org.neo4j.driver.Record;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.GraphQlTesters;
import org.orggraph.history.AllianceMoves;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The dashboard, the alliance health and the alliance links as of a day: the Heshan network of mid-2019 differs from
 * today's exactly as its recorded history says (upgrades to committees, units that joined and left alliances), the
 * evidence of a day's links is all of that day, today's date gives today's dashboard, and a past day's dashboard is
 * kept until a change dated on or before that day is recorded.
 */
@OrgGraphTest
class DashboardAsOfTest {

    static final LocalDate DAY = LocalDate.of(2019, 6, 30);
    /** After every alliance was founded, before the source's three small communities were upgraded. */
    static final LocalDate EARLY = LocalDate.of(2018, 8, 31);
    static final String NEED = "need:dashboard-as-of-test";
    static final String EVENT = "event:dashboard-as-of-test";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    LinkProjection links;

    private GraphQlTester.Response run(String document, String operation, Map<String, Object> variables) {
        GraphQlTester.Request<?> request = GraphQlTesters.overHttp(port).documentName(document).operationName(operation);
        variables.forEach(request::variable);
        GraphQlTester.Response response = request.execute();
        response.errors().verify();
        return response;
    }

    private int integer(GraphQlTester.Response response, String path) {
        return response.path(path).entity(Integer.class).get();
    }

    private List<Record> cypher(String statement, Map<String, Object> parameters) {
        return driver.executableQuery(statement).withParameters(parameters).execute().records();
    }

    @Test
    void theCityHadFewerCommitteesIn2018ByTheUpgradesRecordedSince() {
        GraphQlTester.Response city = run("dashboard-as-of", "DashboardAsOf", Map.of("asOf", EARLY));
        int upgradedSince = cypher("""
                MATCH (c:Community)<-[:HOSTED_BY]-(po:PartyOrganization {level: 'COMMITTEE'})
                WHERE EXISTS { (e:ChangeEvent)-[:CHANGED]->(po) WHERE e.toLevel = 'COMMITTEE' AND e.date > $day }
                RETURN count(DISTINCT c) AS n""", Map.of("day", EARLY)).get(0).get("n").asInt();

        assertThat(upgradedSince).isPositive();
        assertThat(integer(city, "then.coverage.communitiesWithCommittee.covered"))
                .isEqualTo(integer(city, "today.coverage.communitiesWithCommittee.covered") - upgradedSince);
        assertThat(integer(city, "then.totals.communities")).isEqualTo(integer(city, "today.totals.communities"));
        assertThat(integer(city, "then.totals.members")).isLessThan(integer(city, "today.totals.members"));
        assertThat(integer(city, "then.coverage.unitsReported.covered"))
                .isLessThan(integer(city, "today.coverage.unitsReported.covered"));
        assertThat(integer(city, "then.funnel.raised")).isLessThan(integer(city, "today.funnel.raised"));
        assertThat(integer(city, "then.funnel.done")).isLessThan(integer(city, "today.funnel.done"));
        city.path("then.activityByMonth[*].month").entityList(String.class)
                .satisfies(months -> assertThat(months).isNotEmpty().allMatch(m -> m.compareTo("2018-08") <= 0));
    }

    @Test
    void anAllianceOf2019HadTheUnitsItsRecordedJoinsAndLeavesExplain() {
        AllianceMoves moves = AllianceMoves.after(driver, DAY);
        assertThat(moves.leftSince()).as("units moved between alliances after mid-2019").isPositive();
        String alliance = moves.alliance();

        GraphQlTester.Response growth = run("dashboard-as-of", "DashboardAsOf",
                Map.of("allianceId", alliance, "asOf", DAY));

        assertThat(integer(growth, "then.totals.units"))
                .isEqualTo(integer(growth, "today.totals.units") - moves.joinedSince() + moves.leftSince());
        List<String> then = growth.path("then.alliance.members[*].organization.id").entityList(String.class).get();
        List<String> today = growth.path("today.alliance.members[*].organization.id").entityList(String.class).get();
        assertThat(then).as("the units that left since were members then").anyMatch(id -> !today.contains(id));
    }

    @Test
    void asOfTodayTheDashboardIsTodays() {
        List<Map<String, Object>> scopes = List.of(Map.of(), Map.of("allianceId", "alliance:03"));
        for (Map<String, Object> scope : scopes) {
            Map<String, Object> today = run("dashboard", "Dashboard", scope).path("dashboard").entity(Map.class).get();
            Map<String, Object> withDate = new java.util.HashMap<>(scope);
            withDate.put("asOf", LocalDate.now());
            Map<String, Object> asOfToday = run("dashboard", "Dashboard", withDate).path("dashboard").entity(Map.class)
                    .get();
            assertThat(asOfToday).as("scope %s", scope).isEqualTo(today);
        }
    }

    @Test
    void aPastDashboardIsKeptUntilAChangeDatedOnOrBeforeItsDayIsRecorded() {
        int before = raisedThen();
        // A need raised in 2019 by a community of the alliance, written without its change: the kept result stands.
        cypher("""
                MATCH (c:Community)-[r:IN_ALLIANCE]->(:Alliance {id: 'alliance:02'}) WHERE r.until IS NULL
                WITH c ORDER BY c.id LIMIT 1
                CREATE (:Need {id: $need, name: '看板往日测试需求', category: 'ELDERLY_CARE', status: 'RAISED',
                               raisedOn: date('2019-01-15')})-[:RAISED_BY]->(c)""", Map.of("need", NEED));
        assertThat(raisedThen()).isEqualTo(before);

        // A change of today moves the cursor, but today does not change the past: still the kept result.
        recordChange(EVENT + "-today", LocalDate.now());
        assertThat(raisedThen()).as("kept across a change of today").isEqualTo(before);

        // A change dated before the day (recorded late) changes the past: computed again.
        recordChange(EVENT + "-past", LocalDate.of(2019, 1, 15));
        assertThat(raisedThen()).as("computed again after a past-dated change").isEqualTo(before + 1);
    }

    @Test
    void theAllianceHealthOf2019HadMoreUnitsThatHadNotReportedYet() {
        GraphQlTester.Response health = run("dashboard-as-of", "AllianceHealthAsOf",
                Map.of("allianceId", "alliance:01", "asOf", DAY));
        assertThat(integer(health, "then.unitsNeverReported.totalCount"))
                .isGreaterThan(integer(health, "today.unitsNeverReported.totalCount"));
        assertThat(integer(health, "then.unmetNeeds.totalCount")).isNotEqualTo(integer(health, "today.unmetNeeds.totalCount"));
    }

    @Test
    void theLinksOfADayHaveOnlyEvidenceOfThatDay() {
        GraphQlTester.Response links = run("dashboard-as-of", "LinksAsOf", Map.of("id", "alliance:01", "asOf", DAY));
        String day = DAY.toString();
        List<Map<String, Object>> properties = links.path("alliance.crossUnitLinks.nodes[*].evidence[*].path.relationships[*].properties[*]")
                .entityList(Map.class).get().stream().map(p -> (Map<String, Object>) p).toList();
        List<Map<String, Object>> nodeProperties = links.path("alliance.crossUnitLinks.nodes[*].evidence[*].path.nodes[*].properties[*]")
                .entityList(Map.class).get().stream().map(p -> (Map<String, Object>) p).toList();

        assertThat(integer(links, "alliance.crossUnitLinks.totalCount")).isPositive()
                .isLessThan(integer(links, "today.crossUnitLinks.totalCount"));
        assertThat(properties).filteredOn(p -> List.of("since", "date").contains(p.get("key"))).isNotEmpty()
                .allMatch(p -> p.get("value").toString().compareTo(day) <= 0);
        assertThat(properties).filteredOn(p -> "until".equals(p.get("key")))
                .allMatch(p -> p.get("value").toString().compareTo(day) > 0);
        assertThat(nodeProperties).filteredOn(p -> List.of("date", "raisedOn", "claimedOn", "offeredOn", "founded")
                .contains(p.get("key"))).allMatch(p -> p.get("value").toString().compareTo(day) <= 0);
    }

    @Test
    void aDayAfterTodayIsRefused() {
        GraphQlTesters.overHttp(port).documentName("dashboard-as-of").operationName("DashboardAsOf")
                .variable("asOf", LocalDate.now().plusDays(2)).execute().errors()
                .satisfy(errors -> assertThat(errors).isNotEmpty()
                        .allSatisfy(e -> assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT")));
    }

    private int raisedThen() {
        return integer(run("dashboard-as-of", "DashboardAsOf", Map.of("allianceId", "alliance:02", "asOf", DAY)),
                "then.funnel.raised");
    }

    private void recordChange(String id, LocalDate date) {
        cypher("""
                MATCH (n:Need {id: $need})
                CREATE (:ChangeEvent {id: $event, type: 'NEED_RAISED', date: $date, at: datetime.realtime(),
                                      actor: 'another-instance', description: 'test'})-[:CHANGED]->(n)""",
                Map.of("need", NEED, "event", id, "date", date));
    }

    @AfterEach
    void removeTheNeedAndItsChanges() {
        new FixtureRemoval(driver, links).delete("MATCH (n) WHERE n.id IN [$need, $today, $past] RETURN n",
                Map.of("need", NEED, "today", EVENT + "-today", "past", EVENT + "-past"));
    }
}
