package org.orggraph.node;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.GraphQlTesters;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** node(id:) and nodes(ids:): any object of the graph by its global id (Relay). */
@OrgGraphTest
class NodeQueryTest {

    @LocalServerPort
    int port;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void client() {
        graphQl = GraphQlTesters.overHttp(port);
    }

    @Test
    void aCommunityIsFoundByItsIdWithItsPlaceAndCompounds() {
        graphQl.documentName("node-community").variable("id", "community:07").execute()
                .path("node.__typename").entity(String.class).isEqualTo("Community")
                .path("node.id").entity(String.class).isEqualTo("community:07")
                .path("node.name").entity(String.class).satisfies(name -> assertThat(name).isNotBlank())
                .path("node.partOf.__typename").entity(String.class).isEqualTo("Street")
                .path("node.compounds[*].id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).isNotEmpty().allMatch(id -> id.startsWith("compound:07-")));
    }

    @Test
    void everyKindOfTheModelIsReachableByItsId() {
        List<String> ids = List.of("city:heshan", "street:shaping", "town:yayao", "village:001", "community:07",
                "compound:07-01", "building:07-01-01", "park:1", "grid:01", "unit:0001", "po:unit:0001", "person:000001", "sc:001", "team:001", "need:001",
                "resource:001", "project:001", "activity:0001", "summons:001", "event:0001", "duty:access:01");
        GraphQlTester.Response response = graphQl.documentName("nodes-mixed").variable("ids", ids).execute();
        response.errors().verify();
        response.path("nodes[*].id").entityList(String.class).containsExactly(ids.toArray(String[]::new));
        response.path("nodes[*].__typename").entityList(String.class).containsExactly("City", "Street", "Town",
                "Village", "Community", "ResidentialCompound", "Building", "IndustrialPark", "Grid", "Unit", "PartyOrganization", "Person",
                "ServiceCenter", "VanguardTeam", "Need", "Resource", "Project", "Activity", "Summons", "ChangeEvent",
                "DutyListItem");
    }

    @Test
    void nodesKeepTheOrderAskedAndGiveNullWhereAnIdNamesNothing() {
        List<String> ids = Arrays.asList("unit:0002", "community:99", "unit:0001", "person:999999");
        GraphQlTester.Response response = graphQl.documentName("nodes-mixed").variable("ids", ids).execute();
        response.errors().verify();
        response.path("nodes").entityList(Object.class).hasSize(4);
        response.path("nodes[0].id").entity(String.class).isEqualTo("unit:0002");
        response.path("nodes[1]").valueIsNull();
        response.path("nodes[2].id").entity(String.class).isEqualTo("unit:0001");
        response.path("nodes[3]").valueIsNull();
    }

    @Test
    void aPartyMemberIsAPersonWithIsMember() {
        graphQl.documentName("nodes-mixed").variable("ids", List.of("person:000001")).execute()
                .path("nodes[0].__typename").entity(String.class).isEqualTo("Person")
                .path("nodes[0].isMember").entity(Boolean.class).isEqualTo(true);
    }
}
