package org.orggraph.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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

/**
 * How the members of each alliance are actually linked: cross-unit links with evidence, bridges to other alliances
 * and the members nothing links — over the Heshan reference data.
 */
@OrgGraphTest
@SuppressWarnings("unchecked")
class CrossUnitLinksTest {

    @LocalServerPort
    int port;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void client() {
        graphQl = GraphQlTesters.overHttp(port);
    }

    @Test
    void evidenceSelectedThroughNodesIsTheEvidenceSelectedThroughEdges() {
        String through = "{ alliance(id: \"alliance:05\") { crossUnitLinks(first: 2) { %s } } }";
        String evidence = "evidence(first: 3) { kind witness description }";
        List<Object> viaEdges = graphQl.document(through.formatted("edges { node { " + evidence + " } }")).execute()
                .path("alliance.crossUnitLinks.edges[*].node.evidence").entityList(Object.class).get();
        List<Object> viaNodes = graphQl.document(through.formatted("nodes { " + evidence + " }")).execute()
                .path("alliance.crossUnitLinks.nodes[*].evidence").entityList(Object.class).get();
        assertThat(viaEdges).isNotEmpty();
        assertThat(viaNodes).isEqualTo(viaEdges);
    }

    @Test
    void everyAllianceAnswersWithLinksBetweenItsOwnMembersProvenByPathsAndHeaviestFirst() {
        // 18 alliances × 5 links × 3 evidence paths: more than the client's default 256 KB buffer
        HttpGraphQlTester counting = GraphQlTesters.countingStatements(port).mutate()
                .webTestClient(client -> client.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(8 << 20)))
                .build();
        GraphQlTester.Response response = counting.documentName("links-all-alliances")
                .variable("first", 5).variable("evidence", 3).execute();
        response.errors().verify();
        List<Map<String, Object>> alliances = AllianceQueriesTest.nodes(response, "alliances");
        assertThat(alliances).hasSize(18);
        for (Map<String, Object> alliance : alliances) {
            Set<String> members = ((List<Map<String, Object>>) alliance.get("members")).stream()
                    .map(m -> (String) ((Map<String, Object>) m.get("organization")).get("id")).collect(Collectors.toSet());
            Map<String, Object> connection = (Map<String, Object>) alliance.get("crossUnitLinks");
            List<Map<String, Object>> links = links(connection);
            assertThat(links).as("links of %s", alliance.get("id")).isNotEmpty().hasSizeLessThanOrEqualTo(5);
            assertThat((Integer) connection.get("totalCount")).isGreaterThanOrEqualTo(links.size());
            assertThat(links).extracting(l -> (Integer) l.get("weight")).isSortedAccordingTo((a, b) -> b - a);
            for (Map<String, Object> link : links) {
                String source = id(link.get("source"));
                String target = id(link.get("target"));
                assertThat(members).contains(source, target);
                assertThat(source).isLessThan(target);
                List<Map<String, Object>> counts = (List<Map<String, Object>>) link.get("kindCounts");
                assertThat(counts.stream().mapToInt(c -> (Integer) c.get("count")).sum()).isEqualTo(link.get("weight"));
                assertThat(link.get("kinds")).isEqualTo(counts.stream().map(c -> c.get("kind")).toList());
                List<Map<String, Object>> evidence = (List<Map<String, Object>>) link.get("evidence");
                assertThat(evidence).isNotEmpty().hasSizeLessThanOrEqualTo(3);
                evidence.forEach(item -> assertProves(item, source, target));
            }
        }
        assertThat(alliances).filteredOn(a -> Boolean.TRUE.equals(a.get("urbanRegional"))).hasSize(5)
                .allSatisfy(a -> assertThat((Integer) ((Map<String, Object>) a.get("crossUnitLinks")).get("totalCount"))
                        .isGreaterThan(10));
        // the alliances, their members, and the links of all 18 alliances: a handful of statements, not 18 × N
        response.path("$.extensions.cypherStatements").entity(Integer.class)
                .satisfies(n -> assertThat(n).isLessThanOrEqualTo(3));
    }

    @Test
    void evidenceKindsTakeTurnsSoThatAShortListShowsEveryKind() {
        GraphQlTester.Response response = graphQl.documentName("links-page").variable("id", "alliance:01")
                .variable("first", 1).variable("evidence", 6).execute();
        Map<String, Object> link = links(map(response, "alliance.crossUnitLinks")).get(0);
        List<String> kinds = (List<String>) link.get("kinds");
        List<String> firstEvidenceKinds = ((List<Map<String, Object>>) link.get("evidence")).stream()
                .map(e -> (String) e.get("kind")).limit(kinds.size()).toList();
        assertThat(firstEvidenceKinds).isEqualTo(kinds);
    }

    @Test
    void kindsAndMinWeightNarrowTheLinksAndTheirEvidence() {
        GraphQlTester.Response response = graphQl.documentName("links-page").variable("id", "alliance:02")
                .variable("kinds", List.of("SUMMONS_ANSWERED")).variable("first", 100).variable("evidence", 10).execute();
        response.errors().verify();
        List<Map<String, Object>> links = links(map(response, "alliance.crossUnitLinks"));
        assertThat(links).isNotEmpty().allSatisfy(link -> {
            assertThat(link.get("kinds")).isEqualTo(List.of("SUMMONS_ANSWERED"));
            assertThat((List<Map<String, Object>>) link.get("evidence")).allSatisfy(e -> {
                assertThat(e.get("kind")).isEqualTo("SUMMONS_ANSWERED");
                assertThat(labels(e)).contains("Summons");
            });
        });
        graphQl.documentName("links-page").variable("id", "alliance:01").variable("minWeight", 50)
                .variable("first", 100).execute().path("alliance.crossUnitLinks.edges[*].node.weight")
                .entityList(Integer.class).satisfies(w -> assertThat(w).isNotEmpty().allMatch(x -> x >= 50));
    }

    @Test
    void pagesOfLinksContinueInWeightOrderWithoutOverlap() {
        GraphQlTester.Response first = graphQl.documentName("links-page").variable("id", "alliance:01")
                .variable("first", 10).execute();
        String cursor = first.path("alliance.crossUnitLinks.pageInfo.endCursor").entity(String.class).get();
        first.path("alliance.crossUnitLinks.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        GraphQlTester.Response second = graphQl.documentName("links-page").variable("id", "alliance:01")
                .variable("first", 10).variable("after", cursor).execute();
        List<Map<String, Object>> all = new ArrayList<>(links(map(first, "alliance.crossUnitLinks")));
        all.addAll(links(map(second, "alliance.crossUnitLinks")));
        assertThat(all).hasSize(20);
        assertThat(all).extracting(l -> id(l.get("source")) + "~" + id(l.get("target"))).doesNotHaveDuplicates();
        assertThat(all).extracting(l -> (Integer) l.get("weight")).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void isolatedMembersAreExactlyTheMembersNoLinkReaches() {
        // a small alliance, so that one page holds all its links
        GraphQlTester.Response response = graphQl.documentName("links-page").variable("id", "alliance:10")
                .variable("first", 100).execute();
        response.errors().verify();
        Set<String> members = response.path("alliance.members[*].organization.id").entityList(String.class).get()
                .stream().collect(Collectors.toSet());
        Set<String> linked = links(map(response, "alliance.crossUnitLinks")).stream()
                .flatMap(l -> java.util.stream.Stream.of(id(l.get("source")), id(l.get("target"))))
                .collect(Collectors.toSet());
        Set<String> isolated = response.path("alliance.isolatedMembers[*].organization.id").entityList(String.class)
                .get().stream().collect(Collectors.toSet());
        assertThat(isolated).doesNotContainAnyElementsOf(linked);
        assertThat(new java.util.HashSet<>(isolated)).isEqualTo(members.stream().filter(m -> !linked.contains(m))
                .collect(Collectors.toSet()));
        // only by joint activities, most members are isolated
        graphQl.documentName("links-page").variable("id", "alliance:01").variable("kinds", List.of("JOINT_ACTIVITY"))
                .variable("first", 1).execute().path("alliance.isolatedMembers").entityList(Object.class)
                .satisfies(list -> assertThat(list.size()).isGreaterThan(10));
    }

    @Test
    void bridgesLeadToMembersOfOtherAlliances() {
        GraphQlTester.Response response = graphQl.documentName("links-bridges").variable("id", "alliance:01")
                .variable("first", 10).execute();
        response.errors().verify();
        Set<String> members = response.path("alliance.members[*].organization.id").entityList(String.class).get()
                .stream().collect(Collectors.toSet());
        List<Map<String, Object>> bridges = links(map(response, "alliance.bridges"));
        assertThat(bridges).isNotEmpty().allSatisfy(bridge -> {
            assertThat(members).contains(id(bridge.get("source")));
            assertThat(members).doesNotContain(id(bridge.get("target")));
            String other = id(bridge.get("otherAlliance"));
            assertThat(other).isNotEqualTo("alliance:01");
            assertThat(id(((Map<String, Object>) bridge.get("target")).get("alliance"))).isEqualTo(other);
        });
    }

    @Test
    void argumentsOutsideTheirRangeAreClearErrors() {
        graphQl.documentName("links-page").variable("id", "alliance:01").variable("minWeight", 0).execute().errors()
                .expect(e -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))
                        && e.getMessage().contains("minWeight")).verify();
        graphQl.documentName("links-page").variable("id", "alliance:01").variable("first", 101).execute().errors()
                .expect(e -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))).verify();
        graphQl.documentName("links-page").variable("id", "alliance:01").variable("evidence", 51).execute().errors()
                .expect(e -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))
                        && e.getMessage().contains("evidence")).verify();
        graphQl.documentName("links-page").variable("id", "alliance:01").variable("after", "bm9wZQ").execute()
                .errors().expect(e -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))).verify();
        graphQl.documentName("links-page").variable("id", "alliance:01").variable("kinds", List.of("FRIENDSHIP"))
                .execute().errors().expect(e -> e.getMessage().contains("FRIENDSHIP")).verify();
    }

    /** The evidence path runs from the link's source to its target, each relationship joining consecutive nodes. */
    private static void assertProves(Map<String, Object> evidence, String source, String target) {
        Map<String, Object> path = (Map<String, Object>) evidence.get("path");
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) path.get("nodes");
        List<Map<String, Object>> rels = (List<Map<String, Object>>) path.get("relationships");
        assertThat(nodes.get(0).get("id")).isEqualTo(source);
        assertThat(nodes.get(nodes.size() - 1).get("id")).isEqualTo(target);
        assertThat(rels).hasSize(nodes.size() - 1);
        for (int i = 0; i < rels.size(); i++) {
            assertThat(Set.of(rels.get(i).get("source"), rels.get(i).get("target")))
                    .isEqualTo(Set.of(nodes.get(i).get("id"), nodes.get(i + 1).get("id")));
        }
        if (evidence.containsKey("length")) {
            assertThat(path.get("length")).isEqualTo(rels.size());
        }
        if (evidence.containsKey("description")) {
            assertThat((String) evidence.get("description")).contains((String) nodes.get(0).get("name"));
        }
    }

    private static List<String> labels(Map<String, Object> evidence) {
        return ((List<Map<String, Object>>) ((Map<String, Object>) evidence.get("path")).get("nodes")).stream()
                .map(n -> (String) n.get("label")).toList();
    }

    static Map<String, Object> map(GraphQlTester.Response response, String path) {
        return (Map<String, Object>) response.path(path).entity(Map.class).get();
    }

    static List<Map<String, Object>> links(Map<String, Object> connection) {
        return ((List<Map<String, Object>>) connection.get("edges")).stream()
                .map(e -> (Map<String, Object>) e.get("node")).toList();
    }

    private static String id(Object object) {
        return (String) ((Map<String, Object>) object).get("id");
    }
}
