package org.orggraph.history;

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

/** The network's history and the community duty lists over GraphQL. */
@OrgGraphTest
class HistoryQueriesTest {

    @LocalServerPort
    int port;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void client() {
        graphQl = GraphQlTesters.overHttp(port);
    }

    @Test
    void threeSmallCommunityBranchesWereUpgradedToCommittees() {
        GraphQlTester.Response response = graphQl.documentName("history")
                .variable("filter", Map.of("types", List.of("UPGRADED_TO_COMMITTEE"))).variable("first", 100)
                .variable("list", "ACCESS").execute();
        response.errors().verify();
        response.path("changeEvents.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(3));
        response.path("changeEvents.edges[*].node.toLevel").entityList(String.class)
                .satisfies(levels -> assertThat(levels).containsOnly("COMMITTEE"));
        response.path("changeEvents.edges[*].node.changed[*].__typename").entityList(String.class)
                .satisfies(types -> assertThat(types).containsOnly("PartyOrganization"));
    }

    @Test
    void changesOfOnePartyOrganizationAreOnItsTimeline() {
        GraphQlTester.Response upgrades = graphQl.documentName("history")
                .variable("filter", Map.of("types", List.of("UPGRADED_TO_COMMITTEE"))).variable("first", 1).execute();
        String po = upgrades.path("changeEvents.edges[0].node.changed[0].id").entity(String.class).get();
        String event = upgrades.path("changeEvents.edges[0].node.id").entity(String.class).get();
        graphQl.documentName("history").variable("filter", Map.of("subjectId", po)).variable("first", 100).execute()
                .path("changeEvents.edges[*].node.id").entityList(String.class).contains(event);
        graphQl.documentName("party-organization-detail").variable("id", po).execute()
                .path("partyOrganization.changes[*].id").entityList(String.class).contains(event);
    }

    @Test
    void theAccessListHas26ItemsInFourAreasAndTheNegativeList18() {
        GraphQlTester.Response access = graphQl.documentName("history").variable("first", 0).variable("list", "ACCESS")
                .execute();
        access.path("dutyListItems").entityList(Object.class).hasSize(26);
        access.path("dutyListItems[*].area").entityList(String.class)
                .satisfies(areas -> assertThat(areas.stream().distinct()).hasSize(4));
        access.path("dutyListItems[*].appliesTo.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).containsOnly("city:heshan"));
        graphQl.documentName("history").variable("first", 0).variable("list", "NEGATIVE").execute()
                .path("dutyListItems").entityList(Object.class).hasSize(18);
    }

    /** The example of the README's "Changing OrgGraph": Unit.changes is one line of SDL and no Java. */
    @Test
    void aUnitsTimelineShowsWhenItJoinedItsAlliance() {
        GraphQlTester.Response joins = graphQl.documentName("history")
                .variable("filter", Map.of("types", List.of("UNIT_JOINED_ALLIANCE"))).variable("first", 1).execute();
        String unit = joins.path("changeEvents.edges[0].node.changed[0].id").entity(String.class).get();
        String event = joins.path("changeEvents.edges[0].node.id").entity(String.class).get();
        graphQl.document("query($id: ID!) { unit(id: $id) { changes { id type date } } }").variable("id", unit).execute()
                .path("unit.changes[*].id").entityList(String.class).contains(event);
    }
}
