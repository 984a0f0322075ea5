package org.orggraph.organization;

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

/** Units, party organizations and service centers over GraphQL. */
@OrgGraphTest
class OrganizationQueriesTest {

    @LocalServerPort
    int port;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void client() {
        graphQl = GraphQlTesters.overHttp(port);
    }

    @Test
    void thereAre303AgenciesAndPublicInstitutions() {
        graphQl.documentName("units-filtered")
                .variable("filter", Map.of("kinds", List.of("AGENCY", "PUBLIC_INSTITUTION"))).variable("first", 100)
                .execute().path("units.totalCount").entity(Integer.class).isEqualTo(303)
                .path("units.edges[*].node.kind").entityList(String.class)
                .satisfies(kinds -> assertThat(kinds).hasSize(100).containsOnly("AGENCY", "PUBLIC_INSTITUTION"));
    }

    @Test
    void unitsOfAnAreaIncludeThoseInItsParks() {
        GraphQlTester.Response inParks = graphQl.documentName("units-filtered")
                .variable("filter", Map.of("areaId", "park:1")).variable("first", 100).execute();
        inParks.path("units.edges[*].node.locatedIn.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).isNotEmpty().containsOnly("park:1"));
        int inPark = inParks.path("units.totalCount").entity(Integer.class).get();
        int inCity = graphQl.documentName("units-filtered").variable("filter", Map.of("areaId", "city:heshan"))
                .variable("first", 1).execute().path("units.totalCount").entity(Integer.class).get();
        int all = graphQl.documentName("units-filtered").variable("first", 1).execute()
                .path("units.totalCount").entity(Integer.class).get();
        assertThat(inPark).isPositive().isLessThan(inCity);
        assertThat(inCity).isEqualTo(all);
    }

    @Test
    void theLargestUnitsComeFirstWhenSortedByEmployeesDescending() {
        graphQl.documentName("units-filtered").variable("orderBy", "EMPLOYEES").variable("direction", "DESC")
                .variable("first", 50).execute().path("units.edges[*].node.employees").entityList(Integer.class)
                .satisfies(employees -> assertThat(employees).hasSize(50).isSortedAccordingTo((a, b) -> b - a));
    }

    @Test
    void aUnitShowsItsOrganizationsPeopleAndWorkAndEachPointsBack() {
        String unit = graphQl.document("{ summonses(first: 1, orderBy: ID) { edges { node { answers { unit { id } } } } } }")
                .execute().path("summonses.edges[0].node.answers[0].unit.id").entity(String.class).get();
        GraphQlTester.Response response = graphQl.documentName("unit-detail").variable("id", unit).execute();
        response.errors().verify();
        response.path("unit.partyOrganizations[*].host.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).isNotEmpty().containsOnly(unit));
        response.path("unit.staff.edges[*].node.employer.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).isNotEmpty().containsOnly(unit));
        response.path("unit.staff.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isPositive());
        response.path("unit.resources[*].offeredBy.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).allMatch(unit::equals));
        response.path("unit.answeredSummons[*].unit.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).isNotEmpty().containsOnly(unit));
        response.path("unit.answeredSummons[*].summons.answers[*].unit.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).contains(unit));
    }

    @Test
    void committeesFoundedInAPeriodAreListedWithTheirHosts() {
        GraphQlTester.Response response = graphQl.documentName("party-organizations-filtered")
                .variable("filter", Map.of("levels", List.of("COMMITTEE"), "foundedFrom", "2000-01-01",
                        "foundedTo", "2021-12-31"))
                .variable("orderBy", "FOUNDED").variable("first", 100).execute();
        response.errors().verify();
        response.path("partyOrganizations.edges[*].node.level").entityList(String.class)
                .satisfies(levels -> assertThat(levels).isNotEmpty().containsOnly("COMMITTEE"));
        response.path("partyOrganizations.edges[*].node.founded").entityList(String.class).satisfies(dates -> {
            assertThat(dates).isSorted();
            assertThat(dates).allMatch(d -> !LocalDate.parse(d).isBefore(LocalDate.of(2000, 1, 1))
                    && !LocalDate.parse(d).isAfter(LocalDate.of(2021, 12, 31)));
        });
    }

    @Test
    void theExpandedCommitteesAreThoseOfTheMainUrbanCommunities() {
        graphQl.documentName("party-organizations-filtered").variable("filter", Map.of("expanded", true))
                .variable("first", 100).execute()
                .path("partyOrganizations.edges[*].node.host.__typename").entityList(String.class)
                .satisfies(hosts -> assertThat(hosts).hasSize(12).containsOnly("Community"));
    }

    @Test
    void aPartyOrganizationPagesThroughItsCurrentMembers() {
        GraphQlTester.Response response = graphQl.documentName("party-organization-detail")
                .variable("id", "po:unit:0001:1").execute();
        response.errors().verify();
        response.path("partyOrganization.parent.id").entity(String.class).isEqualTo("po:unit:0001");
        response.path("partyOrganization.members.edges[*].node.partyOrganization.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).hasSize(5).containsOnly("po:unit:0001:1"));
        response.path("partyOrganization.members.totalCount").entity(Integer.class)
                .satisfies(n -> assertThat(n).isGreaterThan(5));
        response.path("partyOrganization.members.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void thereAre146ServiceCentersAtEveryLevel() {
        GraphQlTester.Response response = graphQl.documentName("service-centers").variable("first", 100).execute();
        response.errors().verify();
        response.path("serviceCenters.totalCount").entity(Integer.class).isEqualTo(146);
        graphQl.documentName("service-centers").variable("filter", Map.of("levels", List.of("COMMUNITY")))
                .variable("first", 100).execute()
                .path("serviceCenters.edges[*].node.locatedIn.__typename").entityList(String.class)
                .satisfies(types -> assertThat(types).isNotEmpty().containsOnly("Community"));
        graphQl.documentName("service-centers").variable("orderBy", "FLOOR_AREA").variable("direction", "DESC")
                .variable("first", 20).execute().path("serviceCenters.edges[*].node.floorAreaM2")
                .entityList(Double.class).satisfies(areas -> assertThat(areas).isSortedAccordingTo((a, b) -> Double.compare(b, a)));
    }
}
