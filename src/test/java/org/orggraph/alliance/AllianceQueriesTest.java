package org.orggraph.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.GraphQlTesters;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The co-builder alliances over GraphQL: the list, one alliance, its members and what it covers. */
@OrgGraphTest
class AllianceQueriesTest {

    @LocalServerPort
    int port;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void client() {
        graphQl = GraphQlTesters.overHttp(port);
    }

    @Test
    void theEighteenAlliancesCoverTheReportsPartyOrganizationsAndMembers() {
        GraphQlTester.Response response = graphQl.documentName("alliance-list").variable("first", 100).execute();
        response.errors().verify();
        response.path("alliances.totalCount").entity(Integer.class).isEqualTo(18);
        List<Map<String, Object>> alliances = nodes(response, "alliances");
        assertThat(alliances).extracting(a -> a.get("id")).isSorted().hasSize(18);
        assertThat(alliances).filteredOn(a -> Boolean.TRUE.equals(a.get("urbanRegional"))).hasSize(5);
        assertThat(alliances).allSatisfy(a -> assertThat(a.get("leadBy")).isNotNull());
        assertThat(alliances.stream().mapToInt(a -> count(a, "partyOrganizations")).sum()).isEqualTo(1_323);
        assertThat(alliances.stream().mapToInt(a -> count(a, "partyMembers")).sum()).isEqualTo(21_821);
        assertThat(alliances.stream().mapToInt(a -> count(a, "communities")).sum()).isEqualTo(26);
        assertThat(alliances.stream().mapToInt(a -> count(a, "industrialParks")).sum()).isEqualTo(5);
    }

    @Test
    void eachCountAskedForAloneIsTheSameAsAmongAllCounts() {
        List<Map<String, Object>> all = nodes(graphQl.documentName("alliance-list").variable("first", 100).execute(),
                "alliances");
        for (String key : List.of("units", "partyOrganizations", "partyMembers")) {
            List<Map<String, Object>> alone = nodes(graphQl.document(
                    "{ alliances(first: 100) { edges { node { id counts { " + key + " } } } } }").execute(),
                    "alliances");
            assertThat(alone).as(key).extracting(a -> count(a, key))
                    .containsExactlyElementsOf(all.stream().map(a -> count(a, key)).toList());
        }
    }

    @Test
    void pagesOfAlliancesFollowEachOtherWithoutGapOrOverlap() {
        GraphQlTester.Response first = graphQl.documentName("alliance-list").variable("first", 7).execute();
        first.path("alliances.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        String cursor = first.path("alliances.pageInfo.endCursor").entity(String.class).get();
        GraphQlTester.Response second = graphQl.documentName("alliance-list").variable("first", 7)
                .variable("after", cursor).execute();
        second.path("alliances.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
        List<Object> ids = new java.util.ArrayList<>(nodes(first, "alliances").stream().map(a -> a.get("id")).toList());
        ids.addAll(nodes(second, "alliances").stream().map(a -> a.get("id")).toList());
        assertThat(ids).doesNotHaveDuplicates().hasSize(14).isSorted();
        assertThat(ids.get(7)).isEqualTo("alliance:08");
    }

    @Test
    void theFilterFindsTheUrbanRegionalAlliancesAndTheAllianceOfAMember() {
        graphQl.documentName("alliance-list").variable("filter", Map.of("urbanRegional", true)).execute()
                .path("alliances.edges[*].node.name").entityList(String.class)
                .satisfies(names -> assertThat(names).hasSize(5).allMatch(n -> n.startsWith("沙坪街道")));
        graphQl.documentName("alliance-list").variable("filter", Map.of("memberId", "community:07")).execute()
                .path("alliances.edges[*].node.id").entityList(String.class).hasSize(1);
        graphQl.documentName("alliance-list").variable("filter", Map.of("nameContains", "工业园")).execute()
                .path("alliances.edges[*].node.name").entityList(String.class)
                .satisfies(names -> assertThat(names).hasSize(4).allMatch(n -> n.contains("工业园")));
    }

    @Test
    void everyMemberOfAnAlliancePointsBackToIt() {
        GraphQlTester.Response response = graphQl.documentName("alliance-detail").variable("id", "alliance:01").execute();
        response.errors().verify();
        response.path("alliance.members[0].role").entity(String.class).isEqualTo("LEAD");
        response.path("alliance.members[*].organization.alliance.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).hasSizeGreaterThan(10).containsOnly("alliance:01"));
        response.path("alliance.members[*].organization.__typename").entityList(String.class)
                .satisfies(types -> assertThat(types).contains("Community", "Unit"));
        response.path("alliance.members[*].role").entityList(String.class)
                .satisfies(roles -> assertThat(roles.stream().filter("LEAD"::equals)).hasSize(1));
    }

    @Test
    void anUnknownAllianceIsNotFoundAndAnotherKindOfIdIsABadArgument() {
        graphQl.documentName("alliance-detail").variable("id", "alliance:99").execute().errors()
                .expect(e -> "NOT_FOUND".equals(e.getExtensions().get("code"))
                        && e.getMessage().contains("alliance:99"))
                .verify();
        graphQl.documentName("alliance-detail").variable("id", "community:07").execute().errors()
                .expect(e -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))).verify();
        graphQl.documentName("alliance-list").variable("filter", Map.of("memberId", "alliance:01")).execute()
                .errors().expect(e -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))).verify();
        graphQl.documentName("alliance-list").variable("first", 101).execute().errors()
                .expect(e -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))).verify();
        graphQl.documentName("alliance-list").variable("after", "not-a-cursor").execute().errors()
                .expect(e -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))).verify();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> nodes(GraphQlTester.Response response, String connection) {
        List<Map<String, Object>> edges = response.path(connection + ".edges").entity(List.class).get();
        return edges.stream().map(e -> (Map<String, Object>) e.get("node")).toList();
    }

    @SuppressWarnings("unchecked")
    private static int count(Map<String, Object> alliance, String key) {
        return ((Number) ((Map<String, Object>) alliance.get("counts")).get(key)).intValue();
    }

    static Set<String> ids(List<Map<String, Object>> objects) {
        Set<String> ids = new HashSet<>();
        objects.forEach(o -> ids.add((String) o.get("id")));
        return ids;
    }
}
