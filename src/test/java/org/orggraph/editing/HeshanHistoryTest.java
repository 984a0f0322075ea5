package org.orggraph.editing;

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

/**
 * The Heshan reference data has a history from the alliances' founding in 2018 to mid-2024: units joined their
 * alliance over the years, members moved their membership once or twice, party organizations were upgraded, people
 * changed employer and moved house. So the network as of 2019, as of 2021 and today are three different networks,
 * and {@code changes(from, to)} lists what happened in between, each change with its state before and after.
 */
@OrgGraphTest
class HeshanHistoryTest {

    private static final LocalDate Y2019 = LocalDate.of(2019, 1, 1);
    private static final LocalDate Y2021 = LocalDate.of(2021, 1, 1);

    @LocalServerPort
    int port;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void client() {
        graphQl = GraphQlTesters.overHttp(port);
    }

    private GraphQlTester.Response run(String operation, Map<String, Object> variables) {
        GraphQlTester.Request<?> request = graphQl.documentName("editing/heshan-history").operationName(operation);
        variables.forEach(request::variable);
        GraphQlTester.Response response = request.execute();
        response.errors().verify();
        return response;
    }

    @Test
    void anAllianceHadFewerUnitsIn2019ThanIn2021AndFewerThenThanToday() {
        GraphQlTester.Response growth = run("allianceGrowth", Map.of("alliance", "alliance:01", "since", "2021-01-02"));
        int in2019 = growth.path("in2019.totalCount").entity(Integer.class).get();
        int in2021 = growth.path("in2021.totalCount").entity(Integer.class).get();
        int today = growth.path("today.totalCount").entity(Integer.class).get();

        assertThat(in2019).isPositive().isLessThan(in2021);
        assertThat(in2021).isLessThan(today);
        // each unit that came after 2021 began has its recorded join, into this alliance, with the state before and after
        growth.path("joinedSince.totalCount").entity(Integer.class).isEqualTo(today - in2021);
        growth.path("joinedSince.nodes[*].into.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).isNotEmpty().containsOnly("alliance:01"));
        growth.path("joinedSince.nodes[*].before").entityList(String.class)
                .satisfies(states -> assertThat(states).containsOnly("{\"alliance\":null}"));
        growth.path("joinedSince.nodes[*].after").entityList(String.class)
                .satisfies(states -> assertThat(states).containsOnly("{\"alliance\":\"alliance:01\"}"));
    }

    @Test
    void aMemberWhoMovedTwiceWasInThreePartyOrganizationsIn2019In2021AndToday() {
        String member = memberInThreeOrganizations();
        GraphQlTester.Response asOf = run("memberAsOf", Map.of("id", member));
        String in2019 = asOf.path("in2019.partyOrganization.id").entity(String.class).get();
        String in2021 = asOf.path("in2021.partyOrganization.id").entity(String.class).get();
        String today = asOf.path("today.partyOrganization.id").entity(String.class).get();

        assertThat(List.of(in2019, in2021, today)).doesNotHaveDuplicates();
    }

    /** A member moved in 2022 or later whose three memberships cover 2019-01-01, 2021-01-01 and today. */
    @SuppressWarnings("unchecked")
    private String memberInThreeOrganizations() {
        String after = null;
        do {
            GraphQlTester.Response page = run("recentTransfers", after == null ? Map.of() : Map.of("after", after));
            for (Map<String, Object> person : page.path("changes.nodes[*].subjects[0]").entityList(Map.class).get()) {
                List<Map<String, Object>> memberships = (List<Map<String, Object>>) person.get("memberships");
                if (memberships.size() == 3 && !day(memberships.get(2).get("since")).isAfter(Y2019)
                        && day(memberships.get(1).get("since")).isAfter(Y2019)
                        && !day(memberships.get(1).get("since")).isAfter(Y2021)) {
                    return (String) person.get("id");
                }
            }
            after = page.path("changes.pageInfo.hasNextPage").entity(Boolean.class).get()
                    ? page.path("changes.pageInfo.endCursor").entity(String.class).get() : null;
        } while (after != null);
        throw new AssertionError("no member moved in 2019–2020 and again from 2022");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBranchUpgradedTwiceWasABranchIn2019AGeneralBranchIn2021AndIsACommitteeToday() {
        Map<String, Object> organization = null;
        for (Map<String, Object> po : run("recentUpgrades", Map.of()).path("changes.nodes[*].subjects[0]")
                .entityList(Map.class).get()) {
            List<Map<String, Object>> changes = (List<Map<String, Object>>) po.get("changes");
            if (changes.size() == 2 && day(changes.get(0).get("date")).isAfter(Y2019)
                    && !day(changes.get(0).get("date")).isAfter(Y2021)) {
                organization = po;
                break;
            }
        }
        assertThat(organization).as("a party organization upgraded in 2019–2020 and again since 2021").isNotNull();
        List<Map<String, Object>> changes = (List<Map<String, Object>>) organization.get("changes");
        assertThat(changes).extracting(c -> c.get("type"), c -> c.get("fromLevel"), c -> c.get("toLevel"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LEVEL_CHANGED", "BRANCH", "GENERAL_BRANCH"),
                        org.assertj.core.groups.Tuple.tuple("UPGRADED_TO_COMMITTEE", "GENERAL_BRANCH", "COMMITTEE"));
        String id = (String) organization.get("id");
        GraphQlTester.Response levels = run("levelAsOf",
                Map.of("id", id, "host", ((Map<String, Object>) organization.get("host")).get("id")));

        levels.path("in2019.level").entity(String.class).isEqualTo("BRANCH");
        levels.path("in2021.level").entity(String.class).isEqualTo("GENERAL_BRANCH");
        levels.path("today.level").entity(String.class).isEqualTo("COMMITTEE");
        // a list as of 2019 filters and shows the level of that day, today's list today's
        levels.path("branchesIn2019.nodes[?(@.id == '" + id + "')].level").entityList(String.class)
                .containsExactly("BRANCH");
        levels.path("branchesToday.nodes[*].id").entityList(String.class).doesNotContain(id);
    }

    @Test
    void theChangesOf2019AreTransfersJoinsUpgradesAndMovesEachWithItsStateBeforeAndAfter() {
        for (String type : List.of("MEMBER_TRANSFERRED", "UNIT_JOINED_ALLIANCE", "LEVEL_CHANGED",
                "UPGRADED_TO_COMMITTEE", "EMPLOYMENT_CHANGED", "RESIDENCE_CHANGED")) {
            GraphQlTester.Response changes = run("changesOf2019", Map.of("types", List.of(type)));
            changes.path("changes.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).as(type).isPositive());
            changes.path("changes.nodes[*].date").entityList(String.class).satisfies(dates -> assertThat(dates)
                    .as(type).allMatch(d -> d.startsWith("2019-")));
            // the reference data's history has no actor; its states are JSON objects like the mutations'
            changes.path("changes.nodes[*].actor").entityList(Object.class).satisfies(a -> assertThat(a).containsOnlyNulls());
            changes.path("changes.nodes[*].before").entityList(String.class)
                    .satisfies(b -> assertThat(b).as(type).allMatch(s -> s.startsWith("{\"") && s.endsWith("}")));
            changes.path("changes.nodes[*].after").entityList(String.class)
                    .satisfies(b -> assertThat(b).as(type).allMatch(s -> s.startsWith("{\"")));
        }
    }

    @Test
    void aPersonWhoChangedEmployerWorkedAtTheEarlierUnitTheDayBefore() {
        GraphQlTester.Response change = run("changesOf2019", Map.of("types", List.of("EMPLOYMENT_CHANGED")));
        String person = change.path("changes.nodes[0].subjects[0].id").entity(String.class).get();
        LocalDate date = LocalDate.parse(change.path("changes.nodes[0].date").entity(String.class).get());
        String before = change.path("changes.nodes[0].before").entity(String.class).get();
        String after = change.path("changes.nodes[0].after").entity(String.class).get();

        GraphQlTester.Response employer = run("employerAsOf", Map.of("id", person, "day", date.minusDays(1).toString()));
        String then = employer.path("then.employer.id").entity(String.class).get();
        String today = employer.path("today.employer.id").entity(String.class).get();
        assertThat(then).isNotEqualTo(today);
        assertThat(before).isEqualTo("{\"employer\":\"" + then + "\"}");
        assertThat(after).isEqualTo("{\"employer\":\"" + today + "\"}");
    }

    private static LocalDate day(Object value) {
        return LocalDate.parse(String.valueOf(value));
    }
}
