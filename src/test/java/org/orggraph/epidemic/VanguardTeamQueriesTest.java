package org.orggraph.epidemic;

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

/** The epidemic vanguard teams over GraphQL: 307 party member teams and 40 of non-public enterprises. */
@OrgGraphTest
class VanguardTeamQueriesTest {

    @LocalServerPort
    int port;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void client() {
        graphQl = GraphQlTesters.overHttp(port);
    }

    @Test
    void teamsByKind() {
        graphQl.documentName("vanguard-teams").variable("filter", Map.of("kinds", List.of("PARTY_MEMBER")))
                .variable("first", 0).execute().path("vanguardTeams.totalCount").entity(Integer.class).isEqualTo(307);
        graphQl.documentName("vanguard-teams").variable("filter", Map.of("kinds", List.of("NON_PUBLIC_ENTERPRISE")))
                .variable("first", 0).execute().path("vanguardTeams.totalCount").entity(Integer.class).isEqualTo(40);
    }

    @Test
    void aTeamIsFormedByAPartyOrganizationAndItsMembersBelongToIt() {
        GraphQlTester.Response response = graphQl.documentName("vanguard-teams").variable("first", 10).execute();
        response.errors().verify();
        String team = response.path("vanguardTeams.edges[0].node.id").entity(String.class).get();
        response.path("vanguardTeams.edges[0].node.formedBy.vanguardTeams[*].id").entityList(String.class)
                .contains(team);
        response.path("vanguardTeams.edges[0].node.members.edges[*].node.vanguardTeams[*].id")
                .entityList(String.class).satisfies(ids -> assertThat(ids).contains(team));
        String po = response.path("vanguardTeams.edges[0].node.formedBy.id").entity(String.class).get();
        graphQl.documentName("vanguard-teams").variable("filter", Map.of("partyOrganizationId", po))
                .variable("first", 100).execute().path("vanguardTeams.edges[*].node.formedBy.id")
                .entityList(String.class).satisfies(ids -> assertThat(ids).isNotEmpty().containsOnly(po));
    }
}
