package org.orggraph.area;

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

/** The area hierarchy over GraphQL: from the city down to buildings, and back up. */
@OrgGraphTest
class AreaQueriesTest {

    @LocalServerPort
    int port;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void client() {
        graphQl = GraphQlTesters.overHttp(port);
    }

    @Test
    void heshanHasShapingStreetAndItsTownsWithEveryCommunityInOneOfThem() {
        GraphQlTester.Response response = graphQl.documentName("area-overview").execute();
        response.errors().verify();
        response.path("cities[0].name").entity(String.class).isEqualTo("鹤山市");
        response.path("cities[0].population").entity(Integer.class).isEqualTo(500_000);
        response.path("cities[0].streets[*].name").entityList(String.class).containsExactly("沙坪街道");
        List<String> streetCommunities = response.path("streets[*].communities[*].id").entityList(String.class).get();
        List<String> townCommunities = response.path("towns[*].communities[*].id").entityList(String.class).get();
        assertThat(streetCommunities.size() + townCommunities.size()).isEqualTo(26);
        response.path("towns[*].city.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).isNotEmpty().containsOnly("city:heshan"));
        response.path("streets[0].grids").entityList(Object.class).hasSize(28);
        response.path("cities[0].dutyListItems").entityList(Object.class).hasSize(26 + 18);
    }

    @Test
    void theMainUrbanCommunitiesAreTheTwelveOfShapingStreet() {
        graphQl.documentName("communities-page")
                .variable("filter", Map.of("mainUrban", true, "areaId", "street:shaping")).variable("first", 100)
                .execute().path("communities.totalCount").entity(Integer.class).isEqualTo(12);
    }

    @Test
    void aNamePartOrPinyinPrefixFindsACommunity() {
        GraphQlTester.Response all = graphQl.documentName("communities-page").variable("first", 1).execute();
        String name = all.path("communities.edges[0].node.name").entity(String.class).get();
        String pinyin = all.path("communities.edges[0].node.pinyin").entity(String.class).get();
        graphQl.documentName("communities-page").variable("filter", Map.of("nameContains", name.substring(0, 2)))
                .execute().path("communities.edges[*].node.name").entityList(String.class)
                .satisfies(names -> assertThat(names).contains(name).allMatch(n -> n.contains(name.substring(0, 2))));
        graphQl.documentName("communities-page").variable("filter", Map.of("nameContains", pinyin.substring(0, 4)))
                .execute().path("communities.edges[*].node.name").entityList(String.class)
                .satisfies(names -> assertThat(names).contains(name));
    }

    @Test
    void aCommunityShowsItsCompoundsOrganizationsAndPeopleAndEachPointsBack() {
        GraphQlTester.Response response = graphQl.documentName("community-detail").variable("id", "community:07")
                .execute();
        response.errors().verify();
        response.path("community.partOf.id").entity(String.class).isEqualTo("street:shaping");
        response.path("community.compounds[*].community.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).isNotEmpty().containsOnly("community:07"));
        response.path("community.partyOrganizations[*].host.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).isNotEmpty().containsOnly("community:07"));
        response.path("community.communityWorkers[*].communityWorkerOf.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).isNotEmpty().containsOnly("community:07"));
        response.path("community.reportingMembers.edges[*].node.reportsTo.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).hasSize(5).containsOnly("community:07"));
        response.path("community.needs[*].raisedBy.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).containsOnly("community:07"));
    }

    @Test
    void compoundsOfACommunityWithTheirBuildingsBranchesGridsAndResidents() {
        GraphQlTester.Response response = graphQl.documentName("compounds-in")
                .variable("filter", Map.of("areaId", "community:07")).variable("first", 100).execute();
        response.errors().verify();
        List<String> communities = response.path("compounds.edges[*].node.community.id").entityList(String.class).get();
        assertThat(communities).isNotEmpty().containsOnly("community:07");
        response.path("compounds.totalCount").entity(Integer.class).isEqualTo(communities.size());
        response.path("compounds.edges[0].node.buildings[*].stairwells").entityList(Integer.class)
                .satisfies(stairwells -> assertThat(stairwells).isNotEmpty().allMatch(s -> s > 0));
        response.path("compounds.edges[0].node.residents.edges[*].node.residence.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).isNotEmpty().allMatch(id -> id.startsWith("compound:07-")));
    }

    @Test
    void fiveIndustrialParksAndTwentyEightGridsOfShapingStreet() {
        GraphQlTester.Response response = graphQl.documentName("parks-and-grids").variable("gridArea", "street:shaping")
                .execute();
        response.errors().verify();
        response.path("industrialParks.totalCount").entity(Integer.class).isEqualTo(5);
        response.path("industrialParks.edges[*].node.units.edges[*].node.locatedIn.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).isNotEmpty().allMatch(id -> id.startsWith("park:")));
        response.path("grids.totalCount").entity(Integer.class).isEqualTo(28);
        response.path("grids.edges[*].node.number").entityList(Integer.class)
                .satisfies(numbers -> assertThat(numbers).isSorted().hasSize(28));
        response.path("grids.edges[*].node.street.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).containsOnly("street:shaping"));
    }
}
