package org.orggraph.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.orggraph.OrgGraphTest;
import org.orggraph.analytics.AnalysisLibrary;
import org.orggraph.api.GraphQlTesters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * allianceHealth: the gaps of one alliance in one answer, with the ids to act on; each gap is what the analysts'
 * file for it finds inside that alliance (cypher/analysis/03, 04, 05) or what Alliance.isolatedMembers says.
 */
@OrgGraphTest
class AllianceHealthTest {

    static final String ALLIANCE = "alliance:01";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void client() {
        graphQl = GraphQlTesters.overHttp(port);
    }

    private GraphQlTester.Response health(int unmetDays, int first) {
        GraphQlTester.Response response = graphQl.documentName("alliance-health").variable("allianceId", ALLIANCE)
                .variable("unmetDays", unmetDays).variable("first", first).execute();
        response.errors().verify();
        return response;
    }

    private List<String> analysisIds(String file, String column, Map<String, Object> parameters, String community) {
        String text = AnalysisLibrary.file(file).text().strip();
        List<Record> rows = driver.executableQuery(text.substring(0, text.length() - 1)).withParameters(parameters)
                .execute().records();
        List<String> inAlliance = driver.executableQuery("MATCH (c:Community)-[:IN_ALLIANCE]->(:Alliance {id: $a})"
                + " RETURN collect(c.id) AS ids").withParameters(Map.of("a", ALLIANCE)).execute().records().get(0)
                .get("ids").asList(v -> v.asString());
        return rows.stream().filter(r -> community == null || inAlliance.contains(r.get(community).asString()))
                .map(r -> r.get(column).asString()).sorted().toList();
    }

    @Test
    void eachGapIsWhatTheAnalystsFindInsideTheAlliance() {
        GraphQlTester.Response response = health(30, 100);
        Map<String, Object> none = new HashMap<>();
        none.put("mainUrbanOnly", null);
        none.put("minMembers", null);
        none.put("onlyMissing", null);
        none.put("alliance", ALLIANCE);

        assertThat(response.path("allianceHealth.compoundsWithoutBranch.nodes[*].id").entityList(String.class).get())
                .isNotEmpty().isEqualTo(analysisIds("04", "compoundId", none, "communityId"));
        response.path("allianceHealth.compoundsWithoutBranch.nodes[*].partyOrganizations").entityList(List.class)
                .satisfies(pos -> assertThat(pos).allMatch(List::isEmpty));
        assertThat(response.path("allianceHealth.communitiesWithoutServiceCenter.nodes[*].id").entityList(String.class)
                .get()).isEqualTo(analysisIds("05", "communityId", none, "communityId"));
        assertThat(response.path("allianceHealth.unitsNeverReported.nodes[*].id").entityList(String.class).get())
                .isEqualTo(analysisIds("03", "unitId", none, null));
        assertThat(response.path("allianceHealth.isolatedMembers.nodes[*].id").entityList(String.class).get())
                .isEqualTo(response.path("allianceHealth.alliance.isolatedMembers[*].organization.id")
                        .entityList(String.class).get());
    }

    @Test
    void unmetNeedsAreStillRaisedAndOlderThanTheDaysAsked() {
        GraphQlTester.Response month = health(30, 100);
        int unmet = month.path("allianceHealth.unmetNeeds.totalCount").entity(Integer.class).get();
        assertThat(unmet).isPositive();
        month.path("allianceHealth.unmetNeeds.nodes[*].status").entityList(String.class)
                .satisfies(statuses -> assertThat(statuses).containsOnly("RAISED"));
        month.path("allianceHealth.unmetNeeds.nodes[*].raisedOn").entityList(String.class)
                .satisfies(dates -> assertThat(dates).allMatch(d -> !LocalDate.parse(d).isAfter(LocalDate.now().minusDays(30))));
        int raisedInAlliance = driver.executableQuery("""
                MATCH (n:Need {status: 'RAISED'})-[:RAISED_BY]->()-[:PART_OF*0..1]->(:Community)-[:IN_ALLIANCE]->(:Alliance {id: $a})
                RETURN count(DISTINCT n) AS n""").withParameters(Map.of("a", ALLIANCE)).execute().records().get(0)
                .get("n").asInt();
        assertThat(unmet).isEqualTo(raisedInAlliance);
        // Ten thousand days ago nothing had been raised yet.
        assertThat(health(3_650, 100).path("allianceHealth.unmetNeeds.totalCount").entity(Integer.class).get())
                .isLessThanOrEqualTo(unmet);
    }

    @Test
    void firstCapsEveryListButNotItsCount() {
        GraphQlTester.Response all = health(30, 100);
        GraphQlTester.Response two = health(30, 2);
        for (String gap : List.of("compoundsWithoutBranch", "unmetNeeds")) {
            int total = all.path("allianceHealth." + gap + ".totalCount").entity(Integer.class).get();
            assertThat(two.path("allianceHealth." + gap + ".totalCount").entity(Integer.class).get()).isEqualTo(total);
            assertThat(two.path("allianceHealth." + gap + ".nodes").entityList(Object.class).get())
                    .hasSize(Math.min(2, total));
        }
    }

    @Test
    void anUnknownAllianceIsNotFound() {
        graphQl.documentName("alliance-health").variable("allianceId", "alliance:99").execute().errors()
                .satisfy(errors -> assertThat(errors).isNotEmpty()
                        .allSatisfy(e -> assertThat(e.getExtensions()).containsEntry("code", "NOT_FOUND")));
    }
}
