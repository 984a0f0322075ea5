package org.orggraph.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.orggraph.OrgGraphTest;
import org.orggraph.analytics.AnalysisLibrary;
import org.orggraph.api.GraphQlTesters;
import org.orggraph.heshan.HeshanFigures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The dashboard over GraphQL: the whole city reproduces the source's figures (HeshanFigures), an alliance's totals
 * are its Alliance.counts, and coverage, funnel and activity agree with the analysts' files of cypher/analysis run
 * on the same graph (independent statements, not the dashboard's).
 */
@OrgGraphTest
class DashboardQueriesTest {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void client() {
        graphQl = GraphQlTesters.overHttp(port);
    }

    private GraphQlTester.Response dashboard(Map<String, Object> variables) {
        GraphQlTester.Request<?> request = graphQl.documentName("dashboard");
        for (Map.Entry<String, Object> v : variables.entrySet()) {
            request = request.variable(v.getKey(), v.getValue());
        }
        GraphQlTester.Response response = request.execute();
        response.errors().verify();
        return response;
    }

    private int integer(GraphQlTester.Response response, String path) {
        return response.path(path).entity(Integer.class).get();
    }

    private List<Record> analysis(String file, Map<String, Object> parameters) {
        String text = AnalysisLibrary.file(file).text().strip();
        return driver.executableQuery(text.endsWith(";") ? text.substring(0, text.length() - 1) : text)
                .withParameters(parameters).execute().records();
    }

    @Test
    void theWholeCityReproducesTheSourceFigures() {
        GraphQlTester.Response city = dashboard(Map.of("kinds", List.of("SERVICE"), "months", 120));

        assertThat(integer(city, "dashboard.totals.communities")).isEqualTo(HeshanFigures.COMMUNITIES);
        assertThat(integer(city, "dashboard.totals.industrialParks")).isEqualTo(HeshanFigures.INDUSTRIAL_PARKS);
        assertThat(integer(city, "dashboard.totals.alliances")).isEqualTo(HeshanFigures.ALLIANCES);
        assertThat(integer(city, "dashboard.totals.serviceCenters")).isEqualTo(HeshanFigures.SERVICE_CENTERS);
        List<Map<String, Object>> kinds = city.path("dashboard.totals.unitsByKind").entity(List.class).get();
        int agenciesAndInstitutions = kinds.stream()
                .filter(k -> List.of("AGENCY", "PUBLIC_INSTITUTION").contains(k.get("kind")))
                .mapToInt(k -> ((Number) k.get("count")).intValue()).sum();
        assertThat(agenciesAndInstitutions).isEqualTo(HeshanFigures.AGENCIES_AND_PUBLIC_INSTITUTIONS);
        assertThat(kinds.stream().mapToInt(k -> ((Number) k.get("count")).intValue()).sum())
                .isEqualTo(integer(city, "dashboard.totals.units"));
        assertThat(integer(city, "dashboard.funnel.raised")).isEqualTo(HeshanFigures.NEEDS);
        assertThat(integer(city, "dashboard.funnel.resourcesOffered")).isEqualTo(HeshanFigures.RESOURCES);
        assertThat(integer(city, "dashboard.funnel.projectsClaimed")).isEqualTo(HeshanFigures.PROJECTS);
        assertThat(integer(city, "dashboard.coverage.membersReported.covered"))
                .isGreaterThan(HeshanFigures.DUAL_REPORTING_MORE_THAN);

        List<Map<String, Object>> months = city.path("dashboard.activityByMonth").entity(List.class).get();
        assertThat(sum(months, "activities")).isEqualTo(HeshanFigures.SERVICE_ACTIVITIES);
        assertThat(sum(months, "participations")).isEqualTo(HeshanFigures.PARTICIPATIONS);
        assertThat(sum(months, "beneficiaries")).isEqualTo(HeshanFigures.BENEFICIARIES);
        assertThat(months).extracting(m -> (String) m.get("month")).isSorted()
                .allMatch(m -> m.matches("\\d{4}-\\d{2}"));
    }

    @Test
    void anAlliancesTotalsAreWhatItsCountsSayAndItsShareOfTheCity() {
        GraphQlTester.Response counts = graphQl.document("""
                { alliance(id: "alliance:03") { counts { communities industrialParks units partyOrganizations partyMembers } } }""")
                .execute();
        GraphQlTester.Response alliance = dashboard(Map.of("allianceId", "alliance:03"));

        assertThat(alliance.path("dashboard.alliance.id").entity(String.class).get()).isEqualTo("alliance:03");
        assertThat(integer(alliance, "dashboard.totals.alliances")).isEqualTo(1);
        assertThat(integer(alliance, "dashboard.totals.communities"))
                .isEqualTo(integer(counts, "alliance.counts.communities"));
        assertThat(integer(alliance, "dashboard.totals.industrialParks"))
                .isEqualTo(integer(counts, "alliance.counts.industrialParks"));
        assertThat(integer(alliance, "dashboard.totals.units")).isEqualTo(integer(counts, "alliance.counts.units"));
        assertThat(integer(alliance, "dashboard.totals.partyOrganizations"))
                .isEqualTo(integer(counts, "alliance.counts.partyOrganizations"));
        assertThat(integer(alliance, "dashboard.totals.members")).isEqualTo(integer(counts, "alliance.counts.partyMembers"));
        GraphQlTester.Response city = dashboard(Map.of());
        assertThat(integer(alliance, "dashboard.totals.members")).isPositive()
                .isLessThan(integer(city, "dashboard.totals.members"));
    }

    @Test
    void coverageIsWhatTheAnalystsGapFilesLeaveOut() {
        GraphQlTester.Response city = dashboard(Map.of());
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("mainUrbanOnly", null);
        defaults.put("minMembers", null);
        defaults.put("onlyMissing", null);
        defaults.put("alliance", null);

        int compounds = integer(city, "dashboard.coverage.compoundsWithBranch.total");
        assertThat(compounds).isEqualTo(integer(city, "dashboard.totals.compounds"));
        assertThat(integer(city, "dashboard.coverage.compoundsWithBranch.covered"))
                .isEqualTo(compounds - analysis("04", defaults).size());
        int communities = integer(city, "dashboard.coverage.communitiesWithServiceCenter.total");
        assertThat(integer(city, "dashboard.coverage.communitiesWithServiceCenter.covered"))
                .isEqualTo(communities - analysis("05", defaults).size());
        assertThat(integer(city, "dashboard.coverage.unitsReported.covered"))
                .isEqualTo(integer(city, "dashboard.coverage.unitsReported.total") - analysis("03", defaults).size());
        double rate = city.path("dashboard.coverage.compoundsWithBranch.rate").entity(Double.class).get();
        assertThat(rate).isCloseTo((double) integer(city, "dashboard.coverage.compoundsWithBranch.covered") / compounds,
                org.assertj.core.data.Offset.offset(0.0001));

        // Shaping Street alone: its 12 main-urban communities, each with the committee and the grids of the street.
        GraphQlTester.Response shaping = dashboard(Map.of("areaId", "street:shaping"));
        assertThat(shaping.path("dashboard.area.name").entity(String.class).get()).isEqualTo("沙坪街道");
        int inGrids = driver.executableQuery("""
                MATCH (r:ResidentialCompound)-[:PART_OF]->(:Community)-[:PART_OF]->(:Street {id: 'street:shaping'})
                RETURN count(r) AS total, count(CASE WHEN EXISTS { (r)<-[:COVERS]-(:Grid) } THEN 1 END) AS covered""")
                .execute().records().get(0).get("covered").asInt();
        assertThat(integer(shaping, "dashboard.coverage.gridCoverage.covered")).isEqualTo(inGrids).isPositive();
        assertThat(integer(shaping, "dashboard.totals.communities"))
                .isEqualTo(integer(city, "dashboard.totals.communities") - countOf("MATCH (c:Community) WHERE NOT"
                        + " (c)-[:PART_OF]->(:Street {id: 'street:shaping'}) RETURN count(c) AS n"));
    }

    @Test
    void theFunnelOfAnAllianceIsTheAnalystsFunnel() {
        Map<String, Object> since = new HashMap<>();
        since.put("since", "1900-01-01");
        Record expected = analysis("09", since).stream()
                .filter(r -> r.get("allianceId").asString().equals("alliance:02")).findFirst().orElseThrow();

        GraphQlTester.Response alliance = graphQl.documentName("dashboard-funnel")
                .variable("allianceId", "alliance:02").execute();

        assertThat(integer(alliance, "dashboard.funnel.raised")).isEqualTo(expected.get("needsRaised").asInt()).isPositive();
        assertThat(integer(alliance, "dashboard.funnel.matched")).isEqualTo(expected.get("needsMatched").asInt());
        assertThat(integer(alliance, "dashboard.funnel.done")).isEqualTo(expected.get("needsDone").asInt());
        assertThat(integer(alliance, "dashboard.funnel.inProgress"))
                .isBetween(0, integer(alliance, "dashboard.funnel.matched") - integer(alliance, "dashboard.funnel.done"));
    }

    @Test
    void activityOfAnAllianceByMonthAddsUpToTheAnalystsYears() {
        Map<String, Object> all = new HashMap<>();
        all.put("kind", "ALL");
        all.put("period", "year");
        Map<String, Integer> expected = new TreeMap<>();
        for (Record r : analysis("10", all)) {
            if (r.get("allianceId").asString().equals("alliance:05")) {
                expected.put(r.get("period").asString(), r.get("participations").asInt());
            }
        }

        GraphQlTester.Response alliance = dashboard(Map.of("allianceId", "alliance:05", "months", 120));
        List<Map<String, Object>> months = alliance.path("dashboard.activityByMonth").entity(List.class).get();
        Map<String, Integer> byYear = new TreeMap<>();
        for (Map<String, Object> m : months) {
            byYear.merge(((String) m.get("month")).substring(0, 4), ((Number) m.get("participations")).intValue(),
                    Integer::sum);
        }

        assertThat(byYear).isEqualTo(expected).isNotEmpty();
    }

    @Test
    void theMostConnectedUnitsComeFirstAndTheLeastConnectedLast() {
        GraphQlTester.Response city = dashboard(Map.of("first", 5));
        List<Integer> most = city.path("dashboard.mostConnectedUnits[*].partners").entityList(Integer.class).get();
        List<Integer> least = city.path("dashboard.leastConnectedUnits[*].partners").entityList(Integer.class).get();

        assertThat(most).hasSize(5).isSortedAccordingTo((a, b) -> b - a);
        assertThat(least).hasSize(5).isSorted();
        assertThat(most.get(0)).isGreaterThan(least.get(0));
        city.path("dashboard.mostConnectedUnits[*].unit.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).allMatch(id -> id.startsWith("unit:")));
        // A unit's partners include every community its party organizations report to.
        String top = city.path("dashboard.mostConnectedUnits[0].unit.id").entity(String.class).get();
        int reportedTo = countOf("MATCH (:Unit {id: '" + top + "'})<-[:HOSTED_BY]-(:PartyOrganization)"
                + "<-[:SUBORDINATE_TO*0..2]-(:PartyOrganization)-[:REPORTS_TO]->(c) RETURN count(DISTINCT c) AS n");
        assertThat(most.get(0)).isGreaterThanOrEqualTo(reportedTo);
    }

    @Test
    void aScopeThatNamesNothingOrTheWrongKindIsRefused() {
        graphQl.documentName("dashboard-funnel").variable("allianceId", "alliance:99").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "NOT_FOUND")));
        graphQl.documentName("dashboard-funnel").variable("areaId", "community:07").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT")));
        graphQl.documentName("dashboard").variable("first", 101).execute().errors()
                .satisfy(errors -> assertThat(errors).isNotEmpty()
                        .allSatisfy(e -> assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT")));
    }

    private int countOf(String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get("n").asInt();
    }

    private static int sum(List<Map<String, Object>> rows, String key) {
        return rows.stream().mapToInt(m -> ((Number) m.get(key)).intValue()).sum();
    }
}
