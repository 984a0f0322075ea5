package org.orggraph.explore;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.GraphQlTesters;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Shortest paths and neighbourhoods, ready to draw and bounded in size. */
@OrgGraphTest
@SuppressWarnings("unchecked")
class ExploreQueriesTest {

    @LocalServerPort
    int port;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void client() {
        graphQl = GraphQlTesters.overHttp(port);
    }

    @Test
    void aUnitAndACompoundItIsLinkedToAreJoinedByTheirShortestPaths() {
        // a unit and a compound where one of its people lives, as a cross-unit link's evidence shows
        Map<String, Object> evidence = graphQl.document("""
                { alliance(id: "alliance:01") { crossUnitLinks(kinds: [SHARED_PERSON], first: 1) { edges { node {
                  evidence(first: 1) { path { nodes { id label } } } } } } } }""")
                .execute().path("alliance.crossUnitLinks.edges[0].node.evidence[0].path").entity(Map.class).get();
        List<Map<String, Object>> linkNodes = (List<Map<String, Object>>) evidence.get("nodes");
        String unit = id(linkNodes, "Unit");
        String compound = id(linkNodes, "ResidentialCompound");

        GraphQlTester.Response response = graphQl.documentName("paths-shortest").variable("from", unit)
                .variable("to", compound).variable("first", 5).execute();
        response.errors().verify();
        response.path("shortestPaths.hops").entity(Integer.class).isEqualTo(2);
        List<Map<String, Object>> paths = response.path("shortestPaths.paths").entityList(Map.class).get()
                .stream().map(p -> (Map<String, Object>) p).toList();
        assertThat(paths).isNotEmpty().hasSizeLessThanOrEqualTo(5).allSatisfy(path -> {
            List<Map<String, Object>> nodes = (List<Map<String, Object>>) path.get("nodes");
            List<Map<String, Object>> rels = (List<Map<String, Object>>) path.get("relationships");
            assertThat(nodes.get(0).get("id")).isEqualTo(unit);
            assertThat(nodes.get(nodes.size() - 1).get("id")).isEqualTo(compound);
            assertThat(path.get("length")).isEqualTo(2);
            for (int i = 0; i < rels.size(); i++) {
                assertThat(Set.of(rels.get(i).get("source"), rels.get(i).get("target")))
                        .isEqualTo(Set.of(nodes.get(i).get("id"), nodes.get(i + 1).get("id")));
            }
        });
        // the union to draw holds every node and edge of the paths, once
        Set<Object> pathNodes = paths.stream().flatMap(p -> ((List<Map<String, Object>>) p.get("nodes")).stream())
                .map(n -> n.get("id")).collect(Collectors.toSet());
        response.path("shortestPaths.nodes[*].id").entityList(String.class)
                .satisfies(ids -> assertThat(Set.copyOf(ids)).isEqualTo(pathNodes).hasSize(ids.size()));
    }

    @Test
    void viaRestrictsTheRelationshipTypesAndTheLabelsBetweenTheEnds() {
        GraphQlTester.Response byTypes = graphQl.documentName("paths-shortest").variable("from", "community:07")
                .variable("to", "street:shaping").variable("viaTypes", List.of("PART_OF", "LIVES_IN", "WORKS_AT"))
                .variable("maxHops", 3).execute();
        byTypes.errors().verify();
        byTypes.path("shortestPaths.paths[*].relationships[*].type").entityList(String.class)
                .satisfies(types -> assertThat(types).isNotEmpty().isSubsetOf("PART_OF", "LIVES_IN", "WORKS_AT"));
        GraphQlTester.Response byLabels = graphQl.documentName("paths-shortest").variable("from", "community:07")
                .variable("to", "community:08").variable("viaLabels", List.of("Person", "Unit", "ResidentialCompound"))
                .variable("maxHops", 6).variable("first", 3).execute();
        byLabels.errors().verify();
        List<Map<String, Object>> paths = byLabels.path("shortestPaths.paths").entityList(Map.class).get()
                .stream().map(p -> (Map<String, Object>) p).toList();
        assertThat(paths).isNotEmpty().allSatisfy(path -> {
            List<Map<String, Object>> nodes = (List<Map<String, Object>>) path.get("nodes");
            assertThat(nodes.subList(1, nodes.size() - 1)).extracting(n -> (String) n.get("label"))
                    .isSubsetOf("Person", "Unit", "ResidentialCompound");
        });
    }

    @Test
    void noPathWithinMaxHopsIsAnEmptyAnswerNotAnError() {
        GraphQlTester.Response response = graphQl.documentName("paths-shortest").variable("from", "unit:0001")
                .variable("to", "compound:24-01").variable("maxHops", 1).execute();
        response.errors().verify();
        response.path("shortestPaths.hops").valueIsNull();
        response.path("shortestPaths.paths").entityList(Object.class).hasSize(0);
    }

    @Test
    void aNeighbourhoodIsBreadthFirstCappedAndOnlyConnectsWhatItReturns() {
        GraphQlTester.Response response = GraphQlTesters.countingStatements(port).documentName("paths-neighborhood")
                .variable("id", "community:07").variable("depth", 2).variable("limit", 40).execute();
        response.errors().verify();
        // the nodes' GraphQL objects come from what the one statement read
        response.path("$.extensions.cypherStatements").entity(Integer.class).isEqualTo(1);
        List<String> ids = response.path("neighborhood.nodes[*].id").entityList(String.class).get();
        assertThat(ids).hasSize(40).doesNotHaveDuplicates().startsWith("community:07");
        response.path("neighborhood.truncated").entity(Boolean.class).isEqualTo(true);
        response.path("neighborhood.nodes[*].node.id").entityList(String.class).isEqualTo(ids);
        List<Map<String, Object>> edges = response.path("neighborhood.edges").entityList(Map.class).get()
                .stream().map(e -> (Map<String, Object>) e).toList();
        assertThat(edges).isNotEmpty().allSatisfy(edge -> {
            assertThat(ids).contains((String) edge.get("source"), (String) edge.get("target"));
            assertThat(edge.get("id")).isEqualTo(edge.get("source") + "-" + edge.get("type") + "->" + edge.get("target"));
        });

        GraphQlTester.Response compounds = graphQl.documentName("paths-neighborhood").variable("id", "community:07")
                .variable("labels", List.of("ResidentialCompound")).variable("limit", 500).execute();
        compounds.path("neighborhood.nodes[*].label").entityList(String.class)
                .satisfies(labels -> assertThat(labels.subList(1, labels.size())).isNotEmpty()
                        .containsOnly("ResidentialCompound"));
        compounds.path("neighborhood.truncated").entity(Boolean.class).isEqualTo(false);
        compounds.path("neighborhood.edges[*].type").entityList(String.class)
                .satisfies(types -> assertThat(types).isNotEmpty().containsOnly("PART_OF"));
    }

    @Test
    void sizeCapsUnknownIdsAndUnknownNamesAreClearErrors() {
        expect("BAD_USER_INPUT", graphQl.documentName("paths-shortest").variable("from", "unit:0001")
                .variable("to", "unit:0002").variable("maxHops", 7).execute(), "maxHops");
        expect("BAD_USER_INPUT", graphQl.documentName("paths-shortest").variable("from", "unit:0001")
                .variable("to", "unit:0002").variable("first", 101).execute(), "first");
        expect("BAD_USER_INPUT", graphQl.documentName("paths-shortest").variable("from", "unit:0001")
                .variable("to", "unit:0001").execute(), "same");
        expect("GRAPHQL_VALIDATION_FAILED", graphQl.documentName("paths-shortest").variable("from", "unit:0001")
                .variable("to", "unit:0002").variable("viaTypes", List.of("KNOWS")).execute(), "KNOWS");
        expect("NOT_FOUND", graphQl.documentName("paths-shortest").variable("from", "unit:0001")
                .variable("to", "unit:9999").execute(), "unit:9999");
        expect("BAD_USER_INPUT", graphQl.documentName("paths-neighborhood").variable("id", "community:07")
                .variable("depth", 4).execute(), "depth");
        expect("BAD_USER_INPUT", graphQl.documentName("paths-neighborhood").variable("id", "community:07")
                .variable("limit", 501).execute(), "limit");
        // labels are the GraphQL enum Label: an unknown one is a variable of the wrong type
        expect("GRAPHQL_VALIDATION_FAILED", graphQl.documentName("paths-neighborhood").variable("id", "community:07")
                .variable("labels", List.of("Building", "Planet")).execute(), "Planet");
        expect("NOT_FOUND", graphQl.documentName("paths-neighborhood").variable("id", "community:99").execute(),
                "community:99");
        expect("BAD_USER_INPUT", graphQl.documentName("paths-neighborhood").variable("id", "x").execute(), "'x'");
    }

    private static void expect(String code, GraphQlTester.Response response, String inMessage) {
        response.errors().expect(e -> code.equals(e.getExtensions().get("code")) && e.getMessage().contains(inMessage))
                .verify();
    }

    private static String id(List<Map<String, Object>> nodes, String label) {
        return nodes.stream().filter(n -> label.equals(n.get("label"))).map(n -> (String) n.get("id")).findFirst()
                .orElseThrow();
    }
}
