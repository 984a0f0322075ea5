package org.orggraph.editing;

import org.junit.jupiter.api.Test;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.GraphQlTesters;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Heshan history read as of a day: the alliances were founded in mid-2018 and a fifth of their units joined
 * later (some only from 2021 to 2024), so an alliance's members, its units and its cross-unit links differ by year;
 * and a dated read runs as many statements as today's. The rest of the history: {@link HeshanHistoryTest}.
 */
@OrgGraphTest
class HeshanAsOfTest {

    @LocalServerPort
    int port;

    private GraphQlTester.Response asOf(String day) {
        GraphQlTester.Response response = GraphQlTesters.countingStatements(port).documentName("editing/alliance-as-of")
                .variable("asOf", day).execute();
        response.errors().verify();
        return response;
    }

    private static int members(GraphQlTester.Response response) {
        return response.path("alliance.members").entityList(Object.class).get().size();
    }

    private static int count(GraphQlTester.Response response, String path) {
        return response.path(path).entity(Integer.class).get();
    }

    @Test
    void anAllianceHadNoMembersBeforeItWasFoundedFewerIn2019AndAllToday() {
        GraphQlTester.Response before = asOf("2018-01-01");
        GraphQlTester.Response early = asOf("2019-01-01");
        GraphQlTester.Response today = asOf(null);
        assertThat(members(before)).isZero();
        assertThat(count(before, "units.totalCount")).isZero();
        assertThat(count(before, "alliance.crossUnitLinks.totalCount")).isZero();
        assertThat(members(early)).isPositive().isLessThan(members(today));
        assertThat(count(early, "units.totalCount")).isLessThan(count(today, "units.totalCount"));
        assertThat(count(early, "alliance.crossUnitLinks.totalCount"))
                .isLessThanOrEqualTo(count(today, "alliance.crossUnitLinks.totalCount"));
        assertThat(early.path("$.extensions.cypherStatements").entity(Integer.class).get())
                .isEqualTo(today.path("$.extensions.cypherStatements").entity(Integer.class).get());
    }
}
