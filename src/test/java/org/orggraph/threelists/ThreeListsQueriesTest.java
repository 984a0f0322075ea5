package org.orggraph.threelists;

import java.time.LocalDate;
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

/** The three lists (needs, resources, projects) over GraphQL: more than 600 entries, and how they connect. */
@OrgGraphTest
class ThreeListsQueriesTest {

    @LocalServerPort
    int port;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void client() {
        graphQl = GraphQlTesters.overHttp(port);
    }

    @Test
    void moreThanSixHundredEntriesNewestFirst() {
        GraphQlTester.Response response = graphQl.documentName("three-lists").variable("first", 100).execute();
        response.errors().verify();
        int needs = response.path("needs.totalCount").entity(Integer.class).get();
        int resources = response.path("resources.totalCount").entity(Integer.class).get();
        int projects = response.path("projects.totalCount").entity(Integer.class).get();
        assertThat(needs + resources + projects).isGreaterThan(600);
        response.path("needs.edges[*].node.raisedOn").entityList(String.class)
                .satisfies(dates -> assertThat(dates).hasSize(100).isSortedAccordingTo((a, b) -> b.compareTo(a)));
        response.path("projects.edges[*].node.claimedBy.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).hasSize(100).allMatch(id -> id.startsWith("unit:")));
    }

    @Test
    void needsByStatusAndPeriod() {
        GraphQlTester.Response response = graphQl.documentName("three-lists")
                .variable("needs", Map.of("statuses", List.of("DONE"), "raisedFrom", "2021-01-01", "raisedTo", "2021-12-31"))
                .variable("first", 100).execute();
        response.path("needs.edges[*].node.status").entityList(String.class)
                .satisfies(statuses -> assertThat(statuses).isNotEmpty().containsOnly("DONE"));
        response.path("needs.edges[*].node.raisedOn").entityList(String.class)
                .satisfies(dates -> assertThat(dates).allMatch(d -> LocalDate.parse(d).getYear() == 2021));
        response.path("needs.edges[*].node.projects[*].needs[*].id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).isNotEmpty());
    }

    @Test
    void theResourcesOfAUnitAreOfferedByIt() {
        String unit = graphQl.documentName("three-lists").variable("first", 1).execute()
                .path("resources.edges[0].node.offeredBy.id").entity(String.class).get();
        graphQl.documentName("three-lists").variable("resources", Map.of("offeredById", unit)).variable("first", 100)
                .execute().path("resources.edges[*].node.offeredBy.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).isNotEmpty().containsOnly(unit));
    }

    @Test
    void projectsOfAnAllianceAreClaimedByItsUnits() {
        GraphQlTester.Response response = graphQl.documentName("three-lists")
                .variable("projects", Map.of("allianceId", "alliance:01")).variable("first", 100).execute();
        response.errors().verify();
        int inAlliance = response.path("projects.totalCount").entity(Integer.class).get();
        int all = graphQl.documentName("three-lists").variable("first", 0).execute()
                .path("projects.totalCount").entity(Integer.class).get();
        assertThat(inAlliance).isLessThan(all);
    }
}
