package org.orggraph.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.orggraph.OrgGraphTest;
import org.orggraph.alliance.LinkProjection;
import org.orggraph.api.GraphQlTesters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * An alliance's links follow the writes at once: the link projection changes in the mutation's own transaction, and
 * a rejected mutation changes no link.
 */
@OrgGraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class LinksFollowWritesTest {

    private static final String ALLIANCE = "alliance:11";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    LinkProjection links;

    HttpGraphQlTester graphQl;
    EditingFixture fixture;

    @BeforeAll
    void subjects() {
        graphQl = GraphQlTesters.overHttp(port);
        fixture = new EditingFixture(graphQl, driver, links);
    }

    @AfterAll
    void cleanUp() {
        fixture.cleanUp();
    }

    @Test
    void anActivityTwoMemberUnitsOrganizeLinksThemAtOnceAndARejectedOneChangesNothing() {
        String a = member(fixture.unit("链甲"));
        String b = member(fixture.unit("链乙"));
        assertThat(link(a, b, "JOINT_ACTIVITY")).isNull();

        fixture.track(fixture.ok("three-lists", "recordActivity", "activity", Map.of("name", "联合义诊" + fixture.tag,
                "organizerIds", List.of(a, b), "date", "2024-05-01")).path("recordActivity.activity.id")
                .entity(String.class).get());
        assertThat(link(a, b, "JOINT_ACTIVITY")).isEqualTo("weight 1 [JOINT_ACTIVITY 1]");

        Map<String, Object> before = fixture.checksum();
        fixture.mutate("three-lists", "recordActivity", "activity", Map.of("name", "未成活动" + fixture.tag,
                "organizerIds", List.of(a, b, "unit:none-such"), "date", "2024-05-02"))
                .path("recordActivity.errors[*].code").entityList(String.class).contains("NOT_FOUND");
        assertThat(link(a, b, "JOINT_ACTIVITY")).isEqualTo("weight 1 [JOINT_ACTIVITY 1]");
        assertThat(fixture.checksum()).isEqualTo(before);
    }

    @Test
    void aPersonWhoWorksAtAMemberUnitAndMovesIntoAMemberCommunityLinksThemUntilTheUnitLeaves() {
        String compound = driver.executableQuery("""
                MATCH (c:Community)-[r:IN_ALLIANCE]->(:Alliance {id: $alliance}) WHERE r.until IS NULL
                MATCH (k:ResidentialCompound)-[:PART_OF]->(c)
                RETURN k.id AS compound ORDER BY compound LIMIT 1
                """).withParameters(Map.of("alliance", ALLIANCE)).execute().records().get(0).get(0).asString();
        String unit = member(fixture.unit("链丙"));
        String person = fixture.ok("create-person", "createPerson", "input", Map.of("name", "链上人"))
                .path("createPerson.person.id").entity(String.class).get();
        fixture.track(person);
        fixture.ok("move-person", "changeEmployment", "employment", Map.of("personId", person, "unitId", unit,
                "date", "2023-01-01"));
        int links = sharedPersonLinks();
        assertThat(isolated("SHARED_PERSON")).contains(unit);

        fixture.ok("move-person", "changeResidence", "residence", Map.of("personId", person, "compoundId", compound,
                "date", "2023-02-01"));
        assertThat(isolated("SHARED_PERSON")).doesNotContain(unit);
        assertThat(sharedPersonLinks()).isEqualTo(links + 1);

        fixture.ok("organizations", "leaveAlliance", "leave", Map.of("organizationId", unit, "date", "2024-01-01"));
        assertThat(sharedPersonLinks()).isEqualTo(links);
    }

    private int sharedPersonLinks() {
        return links("SHARED_PERSON").path("alliance.crossUnitLinks.totalCount").entity(Integer.class).get();
    }

    private List<String> isolated(String... kinds) {
        return links(kinds).path("alliance.isolatedMembers[*].organization.id").entityList(String.class).get();
    }

    private GraphQlTester.Response links(String... kinds) {
        return graphQl.documentName("editing/alliance-links").variable("id", ALLIANCE)
                .variable("kinds", List.of(kinds)).execute();
    }

    private String member(String unit) {
        fixture.ok("organizations", "joinAlliance", "join", Map.of("organizationId", unit, "allianceId", ALLIANCE,
                "date", "2022-01-01"));
        return unit;
    }

    /** The alliance's link between two members (either way round) by these kinds, as weight and kind counts. */
    private String link(String one, String other, String... kinds) {
        List<Map<String, Object>> links = links(kinds).path("alliance.crossUnitLinks.nodes").entityList(Object.class).get().stream()
                .map(link -> (Map<String, Object>) link).toList();
        return links.stream()
                .filter(link -> List.of(one, other).contains(id(link.get("source")))
                        && List.of(one, other).contains(id(link.get("target"))))
                .map(link -> "weight " + link.get("weight") + " " + ((List<Map<String, Object>>) link.get("kindCounts"))
                        .stream().map(c -> c.get("kind") + " " + c.get("count")).toList())
                .findFirst().orElse(null);
    }

    private static String id(Object node) {
        return (String) ((Map<String, Object>) node).get("id");
    }
}
