package org.orggraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.orggraph.FixtureRemoval;
import org.orggraph.alliance.LinkProjection;
import org.orggraph.OrgGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cursor pagination as every list of the API does it, shown on the 26 communities: pages of a stable order,
 * opaque cursors, a maximum page size, and clear errors for what cannot be paged.
 */
@OrgGraphTest
class PaginationTest {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    LinkProjection links;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void client() {
        graphQl = GraphQlTesters.overHttp(port);
    }

    private GraphQlTester.Response page(Integer first, String after, String orderBy) {
        return graphQl.documentName("communities-page").variable("first", first).variable("after", after)
                .variable("orderBy", orderBy).execute();
    }

    @Test
    void pagesOfTenWalkThroughAllCommunitiesOnceInOneStableOrder() {
        List<String> walked = new ArrayList<>();
        String after = null;
        boolean more = true;
        int pages = 0;
        while (more) {
            GraphQlTester.Response response = page(10, after, "ID");
            List<String> ids = response.path("communities.edges[*].node.id").entityList(String.class).get();
            walked.addAll(ids);
            more = response.path("communities.pageInfo.hasNextPage").entity(Boolean.class).get();
            response.path("communities.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(pages > 0);
            after = response.path("communities.pageInfo.endCursor").entity(String.class).get();
            response.path("communities.totalCount").entity(Integer.class).isEqualTo(26);
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(walked).hasSize(26).doesNotHaveDuplicates().isSorted();
        List<String> all = page(100, null, "ID").path("communities.edges[*].node.id").entityList(String.class).get();
        assertThat(walked).isEqualTo(all);
    }

    @Test
    void theLastPageSaysThereIsNoMoreAndAfterItComesAnEmptyPage() {
        String afterTwenty = page(20, null, "ID").path("communities.pageInfo.endCursor").entity(String.class).get();
        GraphQlTester.Response last = page(6, afterTwenty, "ID");
        last.path("communities.edges").entityList(Object.class).hasSize(6);
        last.path("communities.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        String end = last.path("communities.pageInfo.endCursor").entity(String.class).get();

        GraphQlTester.Response beyond = page(10, end, "ID");
        beyond.path("communities.edges").entityList(Object.class).hasSize(0);
        beyond.path("communities.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        beyond.path("communities.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
        beyond.path("communities.pageInfo.endCursor").valueIsNull();
    }

    @Test
    void firstZeroGivesNoItemsButTheCountAndWhetherThereAreAny() {
        GraphQlTester.Response response = page(0, null, "NAME");
        response.path("communities.edges").entityList(Object.class).hasSize(0);
        response.path("communities.totalCount").entity(Integer.class).isEqualTo(26);
        response.path("communities.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void sortingByHouseholdsDescendingPutsTheLargestCommunityFirstAndBreaksTiesById() {
        List<Map<String, Object>> nodes = graphQl.documentName("communities-page").variable("first", 100)
                .variable("orderBy", "HOUSEHOLDS").variable("direction", "DESC").execute()
                .path("communities.edges[*].node").entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
                }).get();
        assertThat(nodes).hasSize(26);
        for (int i = 1; i < nodes.size(); i++) {
            int before = ((Number) nodes.get(i - 1).get("households")).intValue();
            int here = ((Number) nodes.get(i).get("households")).intValue();
            assertThat(here).isLessThanOrEqualTo(before);
            if (here == before) {
                assertThat((String) nodes.get(i).get("id")).isGreaterThan((String) nodes.get(i - 1).get("id"));
            }
        }
    }

    @Test
    void sortingByNameFollowsThePinyin() {
        List<String> pinyin = page(100, null, "NAME").path("communities.edges[*].node.pinyin").entityList(String.class)
                .get();
        assertThat(pinyin).hasSize(26).isSorted();
    }

    @Test
    void aPageLargerThanTheMaximumIsRefusedWithAClearMessage() {
        page(101, null, "ID").errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getMessage()).contains("at most 100").contains("101");
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
        });
    }

    @Test
    void nestedConnectionsHaveTheSameMaximum() {
        graphQl.document("{ partyOrganization(id: \"po:unit:0001:1\") { members(first: 500) { totalCount } } }")
                .execute().errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getParsedPath()).containsExactly("partyOrganization", "members");
                    assertThat(errors.get(0).getMessage()).contains("at most 100");
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
                });
    }

    @Test
    void nestedConnectionsPageWithCursorsLikeRootLists() {
        String document = "query($after: String) { partyOrganization(id: \"po:unit:0001:1\") {"
                + " members(first: 5, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node { id } } } } }";
        GraphQlTester.Response first = graphQl.document(document).execute();
        List<String> firstIds = first.path("partyOrganization.members.edges[*].node.id").entityList(String.class).get();
        String end = first.path("partyOrganization.members.pageInfo.endCursor").entity(String.class).get();
        List<String> nextIds = graphQl.document(document).variable("after", end).execute()
                .path("partyOrganization.members.edges[*].node.id").entityList(String.class).get();
        assertThat(firstIds).hasSize(5);
        assertThat(nextIds).isNotEmpty().doesNotContainAnyElementsOf(firstIds);
        assertThat(firstIds.get(4)).isLessThan(nextIds.get(0));
    }

    @Test
    void aNegativePageSizeIsRefused() {
        page(-1, null, "ID").errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getMessage()).contains("must not be negative");
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
        });
    }

    @Test
    void aCursorThatIsNotOneOfOursIsRefused() {
        page(10, "not-a-cursor", "ID").errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getMessage()).contains("'not-a-cursor' is not a cursor of this list");
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
        });
    }

    @Test
    void aCursorOfAnotherOrderIsRefusedRatherThanSilentlyMisplaced() {
        String byName = page(5, null, "NAME").path("communities.pageInfo.endCursor").entity(String.class).get();
        page(5, byName, "ID").errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getMessage()).contains("belongs to another order");
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
        });
    }

    @Test
    void filtersNarrowTheListAndTheCount() {
        GraphQlTester.Response mainUrban = graphQl.documentName("communities-page").variable("first", 100)
                .variable("filter", Map.of("mainUrban", true)).execute();
        mainUrban.path("communities.totalCount").entity(Integer.class).isEqualTo(12);
        mainUrban.path("communities.edges[*].node.mainUrban").entityList(Boolean.class)
                .satisfies(flags -> assertThat(flags).hasSize(12).containsOnly(true));
    }

    @Test
    void itemsInsertedBetweenTwoRequestsNeitherRepeatNorSkipWhatFollowsTheCursor() {
        GraphQlTester.Response first = page(10, null, "ID");
        List<String> before = first.path("communities.edges[*].node.id").entityList(String.class).get();
        String end = first.path("communities.pageInfo.endCursor").entity(String.class).get();
        List<String> expectedNext = page(10, end, "ID").path("communities.edges[*].node.id").entityList(String.class).get();
        // one community that sorts before the cursor (offset paging would repeat an item), one right after it
        driver.executableQuery("CREATE (:Community {id: 'community:00-inserted', name: '插入社区', pinyin: 'charu'}),"
                + " (:Community {id: $after, name: '插入社区二', pinyin: 'charuer'})")
                .withParameters(Map.of("after", before.get(9) + "-inserted")).execute();
        try {
            List<String> next = page(10, end, "ID").path("communities.edges[*].node.id").entityList(String.class).get();
            assertThat(next).doesNotContainAnyElementsOf(before).startsWith(before.get(9) + "-inserted");
            assertThat(next.subList(1, next.size())).isEqualTo(expectedNext.subList(0, 9));
        } finally {
            new FixtureRemoval(driver, links).delete("MATCH (n:Community) WHERE n.id ENDS WITH '-inserted' RETURN n", Map.of());
        }
    }

    @Test
    void itemsWithoutTheSortKeyComeLastAscendingAndFirstDescendingAndArePagedLikeTheOthers() {
        driver.executableQuery("CREATE (:Community {id: 'community:zz-no-households-1', name: '无户数社区一', pinyin: 'wu1'}),"
                + " (:Community {id: 'community:zz-no-households-2', name: '无户数社区二', pinyin: 'wu2'})").execute();
        try {
            for (String direction : List.of("ASC", "DESC")) {
                List<String> walked = new ArrayList<>();
                String after = null;
                boolean more = true;
                while (more) {
                    GraphQlTester.Response response = graphQl.documentName("communities-page").variable("first", 5)
                            .variable("after", after).variable("orderBy", "HOUSEHOLDS").variable("direction", direction)
                            .execute();
                    walked.addAll(response.path("communities.edges[*].node.id").entityList(String.class).get());
                    more = response.path("communities.pageInfo.hasNextPage").entity(Boolean.class).get();
                    after = response.path("communities.pageInfo.endCursor").entity(String.class).get();
                }
                List<String> all = graphQl.documentName("communities-page").variable("first", 100)
                        .variable("orderBy", "HOUSEHOLDS").variable("direction", direction).execute()
                        .path("communities.edges[*].node.id").entityList(String.class).get();
                assertThat(walked).as(direction).hasSize(28).doesNotHaveDuplicates().isEqualTo(all);
                List<String> unsorted = List.of("community:zz-no-households-1", "community:zz-no-households-2");
                assertThat(direction.equals("ASC") ? walked.subList(26, 28) : walked.subList(0, 2)).isEqualTo(unsorted);
            }
        } finally {
            new FixtureRemoval(driver, links).delete(
                    "MATCH (n:Community) WHERE n.id STARTS WITH 'community:zz-no-households' RETURN n", Map.of());
        }
    }

    @Test
    void aCursorReusedWithAnotherFilterIsRefused() {
        String mainUrban = graphQl.documentName("communities-page").variable("first", 3)
                .variable("filter", Map.of("mainUrban", true)).execute()
                .path("communities.pageInfo.endCursor").entity(String.class).get();
        graphQl.documentName("communities-page").variable("first", 3).variable("after", mainUrban)
                .variable("filter", Map.of("mainUrban", false)).execute().errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getMessage()).contains("belongs to another order or filter");
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
                });
    }

    @Test
    void aLinksCursorReusedWithOtherKindsOrMinWeightIsRefused() {
        String document = "query($after: String, $kinds: [LinkKind!], $minWeight: Int) { alliance(id: \"alliance:05\") {"
                + " crossUnitLinks(first: 2, after: $after, kinds: $kinds, minWeight: $minWeight) {"
                + " pageInfo { endCursor } edges { node { weight } } } } }";
        String end = graphQl.document(document).execute().path("alliance.crossUnitLinks.pageInfo.endCursor")
                .entity(String.class).get();
        graphQl.document(document).variable("after", end).execute().errors().verify();
        for (Map<String, Object> other : List.<Map<String, Object>>of(Map.of("kinds", List.of("SHARED_PERSON")),
                Map.of("minWeight", 2))) {
            GraphQlTester.Request<?> request = graphQl.document(document).variable("after", end);
            other.forEach(request::variable);
            request.execute().errors().satisfy(errors -> {
                assertThat(errors).hasSize(1);
                assertThat(errors.get(0).getMessage()).contains("belongs to another order or filter");
                assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
            });
        }
    }

    @Test
    void aCursorOfOneListIsNotACursorOfAnother() {
        String communities = page(3, null, "ID").path("communities.pageInfo.endCursor").entity(String.class).get();
        graphQl.document("query($after: String) { units(first: 3, after: $after, orderBy: ID) { totalCount } }")
                .variable("after", communities).execute().errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
                });
    }

    @Test
    void linksPageOnByTheirWeightOrderWithoutRepeats() {
        String document = "query($after: String) { alliance(id: \"alliance:05\") { crossUnitLinks(first: 4, after: $after) {"
                + " totalCount pageInfo { endCursor hasNextPage } edges { node { weight source { id } target { id } } } } } }";
        List<String> walked = new ArrayList<>();
        String after = null;
        boolean more = true;
        int total = -1;
        while (more && walked.size() < 400) {
            GraphQlTester.Response response = graphQl.document(document).variable("after", after).execute();
            List<String> sources = response.path("alliance.crossUnitLinks.edges[*].node.source.id").entityList(String.class).get();
            List<String> targets = response.path("alliance.crossUnitLinks.edges[*].node.target.id").entityList(String.class).get();
            for (int i = 0; i < sources.size(); i++) {
                walked.add(sources.get(i) + ">" + targets.get(i));
            }
            total = response.path("alliance.crossUnitLinks.totalCount").entity(Integer.class).get();
            more = response.path("alliance.crossUnitLinks.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = response.path("alliance.crossUnitLinks.pageInfo.endCursor").entity(String.class).get();
        }
        assertThat(walked).hasSize(total).doesNotHaveDuplicates();
    }
}
