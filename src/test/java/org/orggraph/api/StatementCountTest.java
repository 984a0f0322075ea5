package org.orggraph.api;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.orggraph.OrgGraphTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: the number of Cypher statements a request runs depends on the shape of the query, never on how many
 * objects the answer holds. Counted by the app itself (every statement through its Driver) and reported per request
 * in {@code extensions.cypherStatements} when the client asks with the header {@code OrgGraph-Statement-Count}.
 */
@OrgGraphTest
class StatementCountTest {

    /**
     * units(first: N) { … locatedIn, partyOrganizations { members(first: 3) } }: one statement for the page of units,
     * one for all their locations, one for all their party organizations, one for the first three members of every
     * one of those party organizations.
     */
    private static final int NESTED_UNITS_QUERY_STATEMENTS = 4;

    @LocalServerPort
    int port;

    private GraphQlTester.Response unitsNested(int first) {
        return GraphQlTesters.countingStatements(port).documentName("units-nested").variable("first", first).execute();
    }

    @Test
    void aNestedQueryOverAHundredUnitsRunsFourStatements() {
        GraphQlTester.Response response = unitsNested(100);
        response.errors().verify();
        response.path("units.edges").entityList(Object.class).hasSize(100);
        List<String> memberNames = response.path("units.edges[*].node.partyOrganizations[*].members.edges[*].node.name")
                .entityList(String.class).get();
        List<String> places = response.path("units.edges[*].node.locatedIn.name").entityList(String.class).get();
        assertThat(places).hasSize(100);
        assertThat(memberNames).hasSizeGreaterThan(100);
        int statements = response.path("$.extensions.cypherStatements").entity(Integer.class).get();
        assertThat(statements).isEqualTo(NESTED_UNITS_QUERY_STATEMENTS);
    }

    @Test
    void tenTimesFewerUnitsRunTheSameNumberOfStatements() {
        int forTen = unitsNested(10).path("$.extensions.cypherStatements").entity(Integer.class).get();
        int forHundred = unitsNested(100).path("$.extensions.cypherStatements").entity(Integer.class).get();
        assertThat(forTen).isEqualTo(forHundred).isEqualTo(NESTED_UNITS_QUERY_STATEMENTS);
    }

    @Test
    void aPageWithItsTotalCountIsOneStatement() {
        GraphQlTester.Response response = GraphQlTesters.countingStatements(port)
                .document("{ units(filter: {allianceId: \"alliance:18\"}, first: 5) { totalCount edges { node { id } } } }")
                .execute();
        response.path("units.edges").entityList(Object.class).hasSize(5);
        assertThat(response.path("units.totalCount").entity(Integer.class).get()).isGreaterThan(5);
        response.path("$.extensions.cypherStatements").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void theSearchesOfARequestAreOneStatement() {
        GraphQlTester.Response response = GraphQlTesters.countingStatements(port).document("""
                {
                  byChinese: search(text: "沙坪", first: 3) { name }
                  byPinyin: search(text: "shaping", types: [Street], first: 1) { name }
                  byInitials: search(text: "spjd", first: 1) { name }
                }""").execute();
        response.path("byPinyin[0].name").entity(String.class).isEqualTo("沙坪街道");
        response.path("byInitials[0].name").entity(String.class).isEqualTo("沙坪街道");
        response.path("byChinese").entityList(Object.class).hasSize(3);
        response.path("$.extensions.cypherStatements").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void theCountIsOnlyReportedWhenAskedFor() {
        GraphQlTesters.overHttp(port).documentName("units-nested").variable("first", 1).execute()
                .path("$.extensions.cypherStatements").pathDoesNotExist();
    }
}
