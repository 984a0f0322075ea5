package org.orggraph.threelists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.GraphQlTesters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** recommendations: units whose resources fit an unmet need, those of the need's alliance first, with reasons. */
@OrgGraphTest
class RecommendationsTest {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void client() {
        graphQl = GraphQlTesters.overHttp(port);
    }

    private String unmetNeed() {
        return driver.executableQuery("MATCH (n:Need {status: 'RAISED'}) RETURN n.id AS id ORDER BY n.id LIMIT 1")
                .execute().records().get(0).get("id").asString();
    }

    @Test
    void unitsOfTheNeedsAllianceWithFittingResourcesComeFirstEachWithItsReason() {
        String need = unmetNeed();
        var facts = driver.executableQuery("""
                MATCH (n:Need {id: $id})-[:RAISED_BY]->()-[:PART_OF*0..1]->(c:Community)-[:IN_ALLIANCE]->(a:Alliance)
                RETURN a.id AS alliance, n.category AS category""").withParameters(Map.of("id", need)).execute()
                .records().get(0);

        GraphQlTester.Response response = graphQl.documentName("recommendations").variable("needId", need)
                .variable("first", 10).execute();
        response.errors().verify();

        List<Double> scores = response.path("recommendations[*].score").entityList(Double.class).get();
        List<Boolean> same = response.path("recommendations[*].sameAlliance").entityList(Boolean.class).get();
        assertThat(scores).hasSize(10);
        for (int i = 1; i < scores.size(); i++) {
            if (same.get(i) == same.get(i - 1)) {
                assertThat(scores.get(i)).as("score " + i).isLessThanOrEqualTo(scores.get(i - 1));
            }
        }
        List<String> alliances = response.path("recommendations[*].unit.alliance.id").entityList(String.class).get();
        assertThat(same.get(0)).isTrue();
        assertThat(alliances.get(0)).isEqualTo(facts.get("alliance").asString());
        // Every unit of the same alliance ranks above every unit of another one.
        assertThat(same.indexOf(false) == -1 || !same.subList(same.indexOf(false), same.size()).contains(true)).isTrue();
        response.path("recommendations[*].resources").entityList(List.class)
                .satisfies(lists -> assertThat(lists).allMatch(l -> !l.isEmpty()));
        response.path("recommendations[*].reason").entityList(String.class)
                .satisfies(reasons -> assertThat(reasons).allMatch(r -> r.startsWith("offers ") && r.contains("hops")));
    }

    @Test
    void everyRecommendedResourceIsOfTheNeedsKindOrOfAKindPastProjectsUsedForSuchNeeds() {
        String need = unmetNeed();
        List<String> fitting = driver.executableQuery("""
                MATCH (n:Need {id: $id})
                OPTIONAL MATCH (:Need {category: n.category})<-[:CLAIMS]-(:Project)-[:USES]->(r:Resource)
                WITH n, collect(DISTINCT r.category) AS used
                RETURN used + n.category AS kinds""").withParameters(Map.of("id", need))
                .execute().records().get(0).get("kinds").asList(v -> v.asString());

        List<String> kinds = graphQl.documentName("recommendations").variable("needId", need).variable("first", 20)
                .execute().path("recommendations[*].resources[*].category").entityList(String.class).get();

        assertThat(kinds).isNotEmpty().allMatch(fitting::contains);
    }

    @Test
    void theUnitsThatAlreadyClaimedANeedAreNotRecommendedForIt() {
        var matched = driver.executableQuery("""
                MATCH (n:Need {status: 'MATCHED'})<-[:CLAIMS]-(:Project)-[:CLAIMED_BY]->(u:Unit)
                WITH n, collect(DISTINCT u.id) AS claimers ORDER BY n.id LIMIT 1
                RETURN n.id AS need, claimers""").execute().records().get(0);
        List<String> claimers = matched.get("claimers").asList(v -> v.asString());

        List<String> recommended = graphQl.documentName("recommendations").variable("needId",
                matched.get("need").asString()).variable("first", 20).execute()
                .path("recommendations[*].unit.id").entityList(String.class).get();

        assertThat(claimers).isNotEmpty();
        assertThat(recommended).isNotEmpty().noneMatch(claimers::contains);
    }

    @Test
    void anUnknownNeedIsNotFoundAndTooManyIsBadInput() {
        graphQl.documentName("recommendations").variable("needId", "need:9999").execute().errors()
                .satisfy(errors -> assertThat(errors).isNotEmpty()
                        .allSatisfy(e -> assertThat(e.getExtensions()).containsEntry("code", "NOT_FOUND")));
        graphQl.documentName("recommendations").variable("needId", unmetNeed()).variable("first", 21).execute().errors()
                .satisfy(errors -> assertThat(errors).isNotEmpty()
                        .allSatisfy(e -> assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT")));
    }
}
