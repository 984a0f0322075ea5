package org.orggraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orggraph.OrgGraphTest;
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
        GraphQlTester.Response last = page(6, cursorAfter(20, "ID"), "ID");
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

    private static String cursorAfter(int position, String order) {
        return Paging.cursor(order + "_ASC", position);
    }
}
