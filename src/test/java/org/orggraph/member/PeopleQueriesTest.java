package org.orggraph.member;

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

/** People and party members over GraphQL: who belongs where, works where, lives where. */
@OrgGraphTest
class PeopleQueriesTest {

    @LocalServerPort
    int port;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void client() {
        graphQl = GraphQlTesters.overHttp(port);
    }

    @Test
    void membersAreThePeopleWithTheMemberLabel() {
        int members = graphQl.documentName("people-members").variable("filter", Map.of("isMember", true))
                .variable("first", 5).execute()
                .path("people.edges[*].node.isMember").entityList(Boolean.class)
                .satisfies(flags -> assertThat(flags).hasSize(5).containsOnly(true))
                .path("people.totalCount").entity(Integer.class).get();
        int others = graphQl.documentName("people-members").variable("filter", Map.of("isMember", false))
                .variable("first", 5).execute().path("people.totalCount").entity(Integer.class).get();
        int everyone = graphQl.documentName("people-members").variable("first", 0).execute()
                .path("people.totalCount").entity(Integer.class).get();
        assertThat(members).isGreaterThan(21_821);
        assertThat(members + others).isEqualTo(everyone);
    }

    @Test
    void theMembersOfAPartyOrganizationAreThoseWhoseCurrentMembershipIsThere() {
        GraphQlTester.Response response = graphQl.documentName("people-members")
                .variable("filter", Map.of("partyOrganizationId", "po:unit:0001:1")).variable("first", 100).execute();
        int total = response.path("people.totalCount").entity(Integer.class).get();
        int viaOrganization = graphQl.documentName("party-organization-detail").variable("id", "po:unit:0001:1")
                .execute().path("partyOrganization.members.totalCount").entity(Integer.class).get();
        assertThat(total).isPositive().isEqualTo(viaOrganization);
        List<String> ids = response.path("people.edges[*].node.id").entityList(String.class).get();
        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aMemberHasExactlyOneCurrentMembershipAndItIsTheirPartyOrganization() {
        String id = graphQl.documentName("people-members").variable("filter", Map.of("isMember", true))
                .variable("first", 1).execute().path("people.edges[0].node.id").entity(String.class).get();
        GraphQlTester.Response person = graphQl.documentName("person-member").variable("id", id).execute();
        person.errors().verify();
        String current = person.path("person.partyOrganization.id").entity(String.class).get();
        person.path("person.memberships[?(@.current == true)].partyOrganization.id").entityList(String.class)
                .containsExactly(current);
    }

    @Test
    void transferredMembersKeepTheirEarlierMembershipsAsHistory() {
        String transferred = graphQl.document("""
                { changeEvents(filter: {types: [MEMBER_TRANSFERRED]}, first: 1) { edges { node { changed { id } } } } }""")
                .execute().path("changeEvents.edges[0].node.changed[0].id").entity(String.class).get();
        GraphQlTester.Response person = graphQl.documentName("person-member").variable("id", transferred).execute();
        person.path("person.memberships").entityList(Object.class).satisfies(m -> assertThat(m).hasSizeGreaterThan(1));
        person.path("person.memberships[?(@.current == false)].until").entityList(String.class)
                .satisfies(until -> assertThat(until).isNotEmpty().doesNotContainNull());
    }

    @Test
    void peopleLivingInACommunityLiveInOneOfItsCompounds() {
        graphQl.document("""
                { people(filter: {areaId: "community:07"}, first: 20) { totalCount edges { node { residence { community { id } } } } } }""")
                .execute().path("people.edges[*].node.residence.community.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).hasSize(20).containsOnly("community:07"));
    }
}
