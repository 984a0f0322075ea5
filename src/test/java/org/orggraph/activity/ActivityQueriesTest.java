package org.orggraph.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.GraphQlTesters;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Activities, joint meetings, the epidemic campaign and summons over GraphQL. */
@OrgGraphTest
class ActivityQueriesTest {

    @LocalServerPort
    int port;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void client() {
        graphQl = GraphQlTesters.overHttp(port);
    }

    @Test
    void moreThanFourHundredServiceActivities() {
        GraphQlTester.Response response = graphQl.documentName("activities")
                .variable("filter", Map.of("kinds", List.of("SERVICE"))).variable("first", 20).execute();
        response.errors().verify();
        response.path("activities.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isGreaterThan(400));
        response.path("activities.edges[*].node.kind").entityList(String.class)
                .satisfies(kinds -> assertThat(kinds).hasSize(20).containsOnly("SERVICE"));
        response.path("activities.edges[*].node.participants.totalCount").entityList(Integer.class)
                .satisfies(counts -> assertThat(counts).allMatch(c -> c > 0));
    }

    @Test
    void activitiesOfAPeriodSortedByBeneficiaries() {
        GraphQlTester.Response response = graphQl.documentName("activities")
                .variable("filter", Map.of("dateFrom", "2021-01-01", "dateTo", "2021-06-30"))
                .variable("orderBy", "BENEFICIARIES").variable("direction", "DESC").variable("first", 30).execute();
        response.path("activities.edges[*].node.date").entityList(String.class).satisfies(dates -> assertThat(dates)
                .isNotEmpty().allMatch(d -> !LocalDate.parse(d).isBefore(LocalDate.of(2021, 1, 1))
                        && !LocalDate.parse(d).isAfter(LocalDate.of(2021, 6, 30))));
    }

    @Test
    void theEpidemicCampaignWasHeldInTheTwelveCommunitiesWithWhatWasScreened() {
        GraphQlTester.Response response = graphQl.documentName("activities")
                .variable("filter", Map.of("kinds", List.of("EPIDEMIC_CAMPAIGN"))).variable("first", 5).execute();
        response.errors().verify();
        response.path("activities.totalCount").entity(Integer.class).isEqualTo(1);
        List<Integer> stairwells = response.path("activities.edges[0].node.places[*].stairwells")
                .entityList(Integer.class).get();
        List<Integer> households = response.path("activities.edges[0].node.places[*].households")
                .entityList(Integer.class).get();
        assertThat(stairwells.stream().mapToInt(Integer::intValue).sum()).isEqualTo(2_292);
        assertThat(households.stream().mapToInt(Integer::intValue).sum()).isEqualTo(36_268);
        response.path("activities.edges[0].node.mobilizedPartyOrganizations").entityList(Object.class)
                .satisfies(pos -> assertThat(pos).hasSize(1_024));
    }

    @Test
    void summonsAreRaisedConcernPlacesAndAreAnsweredByUnits() {
        GraphQlTester.Response response = graphQl.documentName("summonses").variable("first", 100).execute();
        response.errors().verify();
        response.path("summonses.edges[*].node.answers[*].unit.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).isNotEmpty().allMatch(id -> id.startsWith("unit:")));
        String unit = response.path("summonses.edges[0].node.answers[0].unit.id").entity(String.class).get();
        graphQl.documentName("summonses").variable("filter", Map.of("answeredById", unit)).variable("first", 100)
                .execute().path("summonses.edges[*].node.answers[*].unit.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).contains(unit));
    }
}
