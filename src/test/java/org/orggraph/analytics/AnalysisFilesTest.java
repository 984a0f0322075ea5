package org.orggraph.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.orggraph.OrgGraphTest;
import org.orggraph.heshan.HeshanFigures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every file of {@code cypher/analysis/} runs read-only on the Heshan reference data and answers its question: each
 * result is checked against the same fact computed another way, or against the source report's figures.
 */
@OrgGraphTest
class AnalysisFilesTest {

    @Autowired
    Driver driver;

    // ---- the library as a whole

    @Test
    void thereAreAtLeastTwelveFilesEachOpeningWithItsQuestionParametersAndResultShape() {
        List<AnalysisLibrary> files = AnalysisLibrary.files();

        assertThat(files).hasSizeGreaterThanOrEqualTo(12);
        for (AnalysisLibrary file : files) {
            assertThat(file.header()).as(file.name()).contains("// Question:").contains("// Result:");
            Set<String> used = Set.copyOf(CypherScript.parameterNames(file.text()));
            assertThat(file.documentedParameters()).as("documented :param defaults of " + file.name())
                    .containsExactlyInAnyOrderElementsOf(used);
            if (!used.isEmpty()) {
                assertThat(file.header()).as(file.name()).contains("// Parameters (defaults apply when not given):");
            }
            assertThat(CypherScript.statements(file.text())).as(file.name()).hasSize(1);
        }
    }

    // ---- one test per question

    @Test
    void crossUnitLinksPairUnitsOfTheAllianceAndEveryPieceOfEvidenceIsInTheGraph() {
        var rows = run("01-", Map.of("alliance", "alliance:06"));

        assertThat(rows).isNotEmpty();
        Set<String> allianceUnits = Set.copyOf(strings(
                "MATCH (u:Unit)-[:IN_ALLIANCE]->(:Alliance {id: 'alliance:06'}) RETURN u.id AS id"));
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (var row : rows) {
            assertThat(allianceUnits).contains((String) row.get("unitId"), (String) row.get("otherUnitId"));
            assertThat((String) row.get("unitId")).isLessThan((String) row.get("otherUnitId"));
            List<?> items = (List<?>) row.get("evidence");
            assertThat(row.get("links")).isEqualTo((long) items.size());
            for (Object item : items) {
                Map<String, Object> e = new HashMap<>(castMap(item));
                e.put("a", row.get("unitId"));
                e.put("b", row.get("otherUnitId"));
                evidence.add(e);
            }
        }
        long real = driver.executableQuery("""
                UNWIND $evidence AS e
                MATCH (a:Unit {id: e.a}), (b:Unit {id: e.b})
                WITH e, a, b WHERE CASE e.kind
                  WHEN 'JOINT_ACTIVITY' THEN EXISTS { (a)<-[:ORGANIZED_BY]-(:Activity {id: e.via})-[:ORGANIZED_BY]->(b) }
                  WHEN 'SAME_SUMMONS' THEN EXISTS { (a)-[:ANSWERED]->(:Summons {id: e.via})<-[:ANSWERED]-(b) }
                  WHEN 'PROJECT' THEN EXISTS { (a)<-[:CLAIMED_BY|PAID_BY]-(:Project {id: e.via})-[:CLAIMED_BY|PAID_BY]->(b) }
                  WHEN 'SAME_COMMITTEE' THEN EXISTS { (a)-[:REPRESENTED_ON]->(:PartyOrganization {id: e.via})<-[:REPRESENTED_ON]-(b) }
                  WHEN 'SHARED_MEMBER' THEN EXISTS { MATCH (m:Person {id: e.via})
                    WHERE ((m)-[:WORKS_AT]->(a) AND EXISTS { (m)-[:MEMBER_OF]->()-[:SUBORDINATE_TO*0..2]->()-[:HOSTED_BY]->(b) })
                       OR ((m)-[:WORKS_AT]->(b) AND EXISTS { (m)-[:MEMBER_OF]->()-[:SUBORDINATE_TO*0..2]->()-[:HOSTED_BY]->(a) }) }
                  ELSE false END
                RETURN count(*) AS n""").withParameters(Map.of("evidence", evidence)).execute()
                .records().get(0).get("n").asLong();
        assertThat(real).isEqualTo(evidence.size());
    }

    @Test
    void sharedMembersCountTheMembersWorkingAtOneUnitAndBelongingToTheOther() {
        var rows = run("02-", Map.of());
        var top = rows.get(0);

        long recount = count("""
                MATCH (:Unit {id: $work})<-[:WORKS_AT]-(m:Member)-[:MEMBER_OF]->()-[:SUBORDINATE_TO*0..2]->()
                      -[:HOSTED_BY]->(:Unit {id: $party})
                RETURN count(DISTINCT m) AS n""", Map.of("work", top.get("workplaceId"), "party", top.get("partyUnitId")));
        assertThat(top.get("sharedMembers")).isEqualTo(recount);
        assertThat(rows).allSatisfy(r -> assertThat(r.get("workplaceId")).isNotEqualTo(r.get("partyUnitId")));
        var atLeastTwo = run("02-", Map.of("minShared", 2));
        assertThat(atLeastTwo).hasSize((int) rows.stream().filter(r -> (long) r.get("sharedMembers") >= 2).count())
                .allSatisfy(r -> assertThat((long) r.get("sharedMembers")).isGreaterThanOrEqualTo(2));
    }

    @Test
    void unitsThatNeverReportedAreExactlyTheUnitsWithAPartyOrganizationButNoDualReporting() {
        var rows = run("03-", Map.of());

        long withOrganization = count("MATCH (u:Unit)<-[:HOSTED_BY]-(:PartyOrganization) RETURN count(DISTINCT u) AS n");
        long reporting = count("""
                MATCH (u:Unit)<-[:HOSTED_BY]-(:PartyOrganization)<-[:SUBORDINATE_TO*0..2]-(:PartyOrganization)
                      -[:REPORTS_TO]->()
                RETURN count(DISTINCT u) AS n""");
        assertThat(rows).isNotEmpty().hasSize((int) (withOrganization - reporting));
        assertThat(count("""
                UNWIND $ids AS id MATCH (u:Unit {id: id})
                WHERE EXISTS { (u)<-[:HOSTED_BY]-()<-[:SUBORDINATE_TO*0..2]-()-[:REPORTS_TO]->() }
                RETURN count(u) AS n""", Map.of("ids", rows.stream().map(r -> r.get("unitId")).toList()))).isZero();
        assertThat(run("03-", Map.of("alliance", "alliance:01")))
                .allSatisfy(r -> assertThat(r.get("allianceId")).isEqualTo("alliance:01"));
    }

    @Test
    void compoundsWithoutABranchExcludeEveryCompoundThatHasOne() {
        var rows = run("04-", Map.of());

        long compounds = count("MATCH (r:ResidentialCompound) RETURN count(r) AS n");
        long withBranch = count("MATCH (r:ResidentialCompound)<-[:HOSTED_BY]-(:PartyOrganization) RETURN count(DISTINCT r) AS n");
        assertThat(withBranch).isPositive();
        assertThat(rows).hasSize((int) (compounds - withBranch));
        assertThat(count("""
                UNWIND $ids AS id MATCH (r:ResidentialCompound {id: id})<-[:HOSTED_BY]-(:PartyOrganization)
                RETURN count(r) AS n""", Map.of("ids", rows.stream().map(r -> r.get("compoundId")).toList()))).isZero();
        assertThat(run("04-", Map.of("mainUrbanOnly", true)))
                .isNotEmpty().allSatisfy(r -> assertThat(r.get("mainUrban")).isEqualTo(true));
    }

    @Test
    void communitiesWithoutAServiceCenterAreNoneInHeshanAndEveryCommunityShowsItsCenters() {
        long without = count("MATCH (c:Community) WHERE NOT EXISTS { (c)<-[:LOCATED_IN]-(:ServiceCenter) } RETURN count(c) AS n");

        assertThat(run("05-", Map.of())).hasSize((int) without);
        var all = run("05-", Map.of("onlyMissing", false));
        assertThat(all).hasSize(HeshanFigures.COMMUNITIES)
                .allSatisfy(r -> assertThat((long) r.get("serviceCenters")).isPositive());
    }

    @Test
    void theShortestConnectionRunsFromOneOrganizationToTheOtherOverRealRelationships() {
        var rows = run("06-", Map.of("from", "unit:0300", "to", "alliance:18"));

        assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
        assertThat(rows.get(0).get("id")).isEqualTo("unit:0300");
        assertThat(rows.get(rows.size() - 1).get("id")).isEqualTo("alliance:18");
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).get("step")).isEqualTo((long) i);
            assertThat(count("MATCH ({id: $a})-[r]-({id: $b}) RETURN count(r) AS n",
                    Map.of("a", rows.get(i - 1).get("id"), "b", rows.get(i).get("id")))).isPositive();
        }
        assertThat(run("06-", Map.of("from", "unit:0300", "to", "no-such-id"))).isEmpty();
    }

    @Test
    void centralityRanksEveryUnitOfTheAllianceByPageRank() {
        var rows = run("07-", Map.of("alliance", "alliance:01"));

        List<String> units = strings("MATCH (u:Unit)-[:IN_ALLIANCE]->(:Alliance {id: 'alliance:01'}) RETURN u.id AS id");
        assertThat(rows.stream().map(r -> (String) r.get("unitId")).toList()).containsExactlyInAnyOrderElementsOf(units);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).get("pageRankRank")).isEqualTo((long) i + 1);
            if (i > 0) {
                assertThat((double) rows.get(i).get("pageRank")).isLessThanOrEqualTo((double) rows.get(i - 1).get("pageRank"));
            }
            assertThat((long) rows.get(i).get("weightedDegree")).isGreaterThanOrEqualTo((long) rows.get(i).get("degree"));
        }
        assertThat((long) rows.get(0).get("degree")).isPositive();
        assertThat((double) rows.get(0).get("betweenness")).isPositive();
    }

    @Test
    void clustersListOnlyUnitsWhoseClusterIsDominatedByAnotherAlliance() {
        var rows = run("08-", Map.of());

        for (var row : rows) {
            assertThat(row.get("allianceId")).isNotEqualTo(row.get("dominantAllianceId"));
            long clusterSize = (long) row.get("clusterSize");
            double share = (double) row.get("dominantShare");
            assertThat(clusterSize).isGreaterThanOrEqualTo(3);
            assertThat(share).isBetween(0.0, 1.0);
            assertThat((long) row.get("ownAllianceInCluster")).isLessThanOrEqualTo(Math.round(share * clusterSize));
            assertThat(count("MATCH (:Unit {id: $u})-[:IN_ALLIANCE]->(:Alliance {id: $a}) RETURN count(*) AS n",
                    Map.of("u", row.get("unitId"), "a", row.get("allianceId")))).isEqualTo(1);
        }
        assertThat(run("08-", Map.of())).as("the same clusters on every run").isEqualTo(rows);
    }

    @Test
    void theThreeListsFunnelNarrowsAndItsAlliancesAddUpToTheCity() {
        var rows = run("09-", Map.of());

        assertThat(rows).hasSize(HeshanFigures.ALLIANCES);
        assertThat(sum(rows, "needsRaised")).isEqualTo(count("MATCH (n:Need) RETURN count(n) AS n"))
                .isEqualTo(HeshanFigures.NEEDS);
        assertThat(sum(rows, "resourcesOffered")).isEqualTo(HeshanFigures.RESOURCES);
        assertThat(sum(rows, "projectsClaimed")).isEqualTo(HeshanFigures.PROJECTS);
        assertThat(sum(rows, "needsMatched")).isEqualTo(
                count("MATCH (n:Need) WHERE n.status IN ['MATCHED', 'DONE'] RETURN count(n) AS n"));
        for (var r : rows) {
            assertThat((long) r.get("needsRaised")).isGreaterThanOrEqualTo((long) r.get("needsMatched"));
            assertThat((long) r.get("needsMatched")).isGreaterThanOrEqualTo((long) r.get("needsDone"));
            assertThat((long) r.get("resourcesOffered")).isGreaterThanOrEqualTo((long) r.get("resourcesUsed"));
            assertThat((long) r.get("projectsClaimed")).isGreaterThanOrEqualTo((long) r.get("projectsDone"));
        }
        assertThat(sum(run("09-", Map.of("since", "2020-01-01")), "needsRaised"))
                .isEqualTo(count("MATCH (n:Need) WHERE n.raisedOn >= date('2020-01-01') RETURN count(n) AS n"));
    }

    @Test
    void activityParticipationPerYearAddsUpToTheAlliancesActivities() {
        var rows = run("10-", Map.of()).stream().filter(r -> r.get("allianceId").equals("alliance:02")).toList();

        var expected = driver.executableQuery("""
                MATCH (a:Alliance {id: 'alliance:02'}), (act:Activity {kind: 'SERVICE'})
                WHERE (act)-[:ORGANIZED_BY]->(a) OR EXISTS { (act)-[:ORGANIZED_BY]->()-[:IN_ALLIANCE]->(a) }
                RETURN count(act) AS activities, sum(COUNT { (act)<-[:PARTICIPATED_IN]-() }) AS participations,
                       collect(DISTINCT toString(act.date.year)) AS years""").execute().records().get(0);
        assertThat(sum(rows, "activities")).isEqualTo(expected.get("activities").asLong());
        assertThat(sum(rows, "participations")).isEqualTo(expected.get("participations").asLong());
        assertThat(rows.stream().map(r -> r.get("period")).toList())
                .containsExactlyInAnyOrderElementsOf(expected.get("years").asList(v -> v.asString()));
        assertThat(rows).allSatisfy(r ->
                assertThat((long) r.get("participants")).isLessThanOrEqualTo((long) r.get("participations")));
        assertThat(run("10-", Map.of("period", "quarter"))).allSatisfy(r ->
                assertThat((String) r.get("period")).matches("\\d{4}-Q[1-4]"));
    }

    @Test
    void theEpidemicRollUpTotalsAreTheSourcesFigures() {
        var rows = run("11-", Map.of());
        var total = rows.get(rows.size() - 1);

        assertThat(total.get("allianceId")).isEqualTo("TOTAL");
        assertThat(total).containsEntry("vanguardTeams",
                        (long) HeshanFigures.PARTY_MEMBER_TEAMS + HeshanFigures.NON_PUBLIC_ENTERPRISE_TEAMS)
                .containsEntry("nonPublicEnterpriseTeams", (long) HeshanFigures.NON_PUBLIC_ENTERPRISE_TEAMS)
                .containsEntry("mobilizedOrganizations", (long) HeshanFigures.EPIDEMIC_PARTY_ORGANIZATIONS)
                .containsEntry("mobilizedMembers", (long) HeshanFigures.EPIDEMIC_MEMBERS)
                .containsEntry("stationedUnits", (long) HeshanFigures.STATIONED_UNITS)
                .containsEntry("stationedFrontLine", (long) HeshanFigures.STATIONED_FRONT_LINE)
                .containsEntry("stairwells", (long) HeshanFigures.STAIRWELLS_WALKED)
                .containsEntry("households", (long) HeshanFigures.HOUSEHOLDS_SCREENED)
                .containsEntry("volunteers", (long) HeshanFigures.VOLUNTEER_POOL)
                .containsEntry("epidemicBranches", (long) HeshanFigures.EPIDEMIC_COMPOUND_BRANCHES);
        var alliances = rows.subList(0, rows.size() - 1);
        assertThat(alliances).hasSize(HeshanFigures.ALLIANCES);
        assertThat(sum(alliances, "stationedUnits")).isEqualTo(HeshanFigures.STATIONED_UNITS);
        assertThat(sum(alliances, "stairwells")).isEqualTo(HeshanFigures.STAIRWELLS_WALKED);
        assertThat(sum(alliances, "mobilizedMembers")).isLessThanOrEqualTo(HeshanFigures.EPIDEMIC_MEMBERS);
    }

    @Test
    void theAllianceFiguresBreakDownOverTheAlliancesAndTotalTheSourcesFigures() {
        var rows = run("12-", Map.of());
        var total = rows.get(rows.size() - 1);

        assertThat(total).containsEntry("allianceId", "TOTAL")
                .containsEntry("communities", (long) HeshanFigures.COMMUNITIES)
                .containsEntry("parks", (long) HeshanFigures.INDUSTRIAL_PARKS)
                .containsEntry("agenciesAndInstitutions", (long) HeshanFigures.AGENCIES_AND_PUBLIC_INSTITUTIONS)
                .containsEntry("partyOrganizations", (long) HeshanFigures.COVERED_PARTY_ORGANIZATIONS)
                .containsEntry("members", (long) HeshanFigures.COVERED_MEMBERS);
        var alliances = rows.subList(0, rows.size() - 1);
        assertThat(sum(alliances, "units")).isEqualTo((long) total.get("units"));
        assertThat(sum(alliances, "partyOrganizations")).isGreaterThanOrEqualTo(HeshanFigures.COVERED_PARTY_ORGANIZATIONS);
        var urban = run("12-", Map.of("urbanOnly", true));
        assertThat(urban).hasSize(HeshanFigures.URBAN_REGIONAL_ALLIANCES + 1);
    }

    @Test
    void theNeighbourhoodCountsWhatLiesWithinTheStepsExceptPeople() {
        var rows = run("13-", Map.of("id", "unit:0034", "maxLevel", 2));

        long expected = count("""
                MATCH p = (start:Unit {id: 'unit:0034'})-[:IN_ALLIANCE|LED_BY|HOSTED_BY|SUBORDINATE_TO|REPORTS_TO
                      |REPRESENTED_ON|ORGANIZED_BY|ANSWERED|CLAIMED_BY|PAID_BY|STATIONED_AT|FORMED_BY*1..2]-(n)
                WHERE n <> start AND none(x IN nodes(p) WHERE x:Person)
                RETURN count(DISTINCT n) AS n""");
        assertThat(sum(rows, "nodes")).isEqualTo(expected);
        assertThat(rows).noneSatisfy(r -> assertThat(r.get("label")).isEqualTo("Person"))
                .anySatisfy(r -> assertThat(r).containsEntry("label", "Alliance").containsEntry("nodes", 1L));
    }

    // ---- helpers

    private ReadOnlyCypher cypher() {
        return new ReadOnlyCypher(driver, new QueryLimits(Duration.ofMinutes(2), 10_000));
    }

    private List<Map<String, Object>> run(String prefix, Map<String, Object> parameters) {
        AnalysisLibrary file = AnalysisLibrary.file(prefix);
        QueryResult result = cypher().run(CypherScript.statements(file.text()).get(0), parameters);
        assertThat(result.truncated()).isFalse();
        return result.rows().stream().map(Record::asMap).toList();
    }

    private long count(String query) {
        return count(query, Map.of());
    }

    private long count(String query, Map<String, Object> parameters) {
        return driver.executableQuery(query).withParameters(parameters).execute().records().get(0).get("n").asLong();
    }

    private List<String> strings(String query) {
        return driver.executableQuery(query).execute().records().stream().map(r -> r.get("id").asString()).toList();
    }

    private static long sum(List<Map<String, Object>> rows, String column) {
        return rows.stream().mapToLong(r -> (long) r.get(column)).sum();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }
}
