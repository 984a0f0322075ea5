package org.orggraph.editing;

import java.time.LocalDate;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The mutations: each one's success, its history, and each validation failure leaving the database unchanged. */
@OrgGraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MutationsTest {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    LinkProjection links;

    HttpGraphQlTester graphQl;
    EditingFixture fixture;
    String unit;
    String branchA;
    String branchB;

    @BeforeAll
    void subjects() {
        graphQl = GraphQlTesters.overHttp(port);
        fixture = new EditingFixture(graphQl, driver, links);
        unit = fixture.unit("甲");
        branchA = fixture.branch(unit, "一", "2015-01-01");
        branchB = fixture.branch(unit, "二", "2015-01-01");
    }

    @AfterAll
    void cleanUp() {
        fixture.cleanUp();
    }

    /** A rejected mutation: these errors, nothing written. */
    private void rejected(String document, String operation, String variable, Map<String, Object> input,
            String code, String field) {
        Map<String, Object> before = fixture.checksum();
        GraphQlTester.Response response = fixture.mutate(document, operation, variable, input);
        response.path(operation + ".errors[*].code").entityList(String.class).contains(code);
        response.path(operation + ".errors[?(@.code == '" + code + "')].field").entityList(String.class).contains(field);
        assertThat(fixture.checksum()).isEqualTo(before);
    }

    @Test
    void createPersonNeedsOnlyANameAndDerivesPinyinAndInitials() {
        GraphQlTester.Response response = fixture.ok("create-person", "createPerson", "input", Map.of("name", "曾小贤"));
        String id = response.path("createPerson.person.id").entity(String.class).get();
        fixture.track(id);
        assertThat(id).startsWith("person:");
        response.path("createPerson.person.pinyin").entity(String.class).isEqualTo("zengxiaoxian");
        response.path("createPerson.person.initials").entity(String.class).isEqualTo("zxx");
        response.path("createPerson.person.isMember").entity(Boolean.class).isEqualTo(false);
        response.path("createPerson.changeEvent.type").entity(String.class).isEqualTo("PERSON_CREATED");
        response.path("createPerson.changeEvent.actor").entity(String.class).isEqualTo(GraphQlTesters.TestUser.TEST_ADMIN.username());
        response.path("createPerson.changeEvent.changed[0].id").entity(String.class).isEqualTo(id);
    }

    @Test
    void createPersonIsRejectedWithFieldAndReason() {
        rejected("create-person", "createPerson", "input", Map.of("name", "  "), "REQUIRED", "name");
        rejected("create-person", "createPerson", "input", Map.of("name", "党员甲", "isMember", true),
                "REQUIRED", "partyOrganizationId");
        rejected("create-person", "createPerson", "input", Map.of("name", "党员乙", "isMember", true,
                "partyOrganizationId", unit), "WRONG_KIND", "partyOrganizationId");
        rejected("create-person", "createPerson", "input", Map.of("name", "党员丙", "isMember", true,
                "partyOrganizationId", "po:nothing-here"), "NOT_FOUND", "partyOrganizationId");
        rejected("create-person", "createPerson", "input", Map.of("name", "党员丁", "isMember", true,
                "partyOrganizationId", branchA, "since", LocalDate.now().plusDays(3).toString()),
                "DATE_IN_FUTURE", "since");
        rejected("create-person", "createPerson", "input", Map.of("name", "某人", "birthYear", 1700),
                "INVALID", "birthYear");
        rejected("create-person", "createPerson", "input", Map.of("name", "某人", "employerId", "bogus"),
                "INVALID", "employerId");
    }

    @Test
    void updatePersonChangesNameAndPinyinAndKeepsTheBeforeState() {
        String person = fixture.member("王小明", branchA, "2016-01-01");
        GraphQlTester.Response response = fixture.ok("update-person", "updatePerson", "input",
                Map.of("id", person, "name", "王大明", "birthYear", 1980));
        response.path("updatePerson.person.pinyin").entity(String.class).isEqualTo("wangdaming");
        response.path("updatePerson.person.birthYear").entity(Integer.class).isEqualTo(1980);
        response.path("updatePerson.changeEvent.before").entity(String.class).satisfies(b -> assertThat(b).contains("王小明"));
        response.path("updatePerson.changeEvent.after").entity(String.class).satisfies(a -> assertThat(a).contains("王大明"));
        rejected("update-person", "updatePerson", "input", Map.of("id", unit, "name", "x"), "WRONG_KIND", "id");
        rejected("update-person", "updatePerson", "input", Map.of("id", person, "name", ""), "REQUIRED", "name");
    }

    @Test
    void transferMemberClosesTheOldMembershipOpensTheNewAndRecordsTheChange() {
        String person = fixture.member("李转接", branchA, "2016-03-01");
        GraphQlTester.Response response = fixture.ok("transfer-member", "transferMember", "input",
                Map.of("personId", person, "toPartyOrganizationId", branchB, "date", "2020-06-01"));
        response.path("transferMember.person.partyOrganization.id").entity(String.class).isEqualTo(branchB);
        response.path("transferMember.previous.id").entity(String.class).isEqualTo(branchA);
        response.path("transferMember.person.memberships[*].partyOrganization.id").entityList(String.class)
                .containsExactly(branchB, branchA);
        response.path("transferMember.person.memberships[1].until").entity(String.class).isEqualTo("2020-06-01");
        response.path("transferMember.changeEvent.type").entity(String.class).isEqualTo("MEMBER_TRANSFERRED");
        response.path("transferMember.changeEvent.into.id").entity(String.class).isEqualTo(branchB);
        response.path("transferMember.changeEvent.before").entity(String.class).satisfies(b -> assertThat(b).contains(branchA));

        // as of a day before the transfer the member is still in the first branch; after it, in the second
        asOf(person, "2019-12-31").path("person.partyOrganization.id").entity(String.class).isEqualTo(branchA);
        asOf(person, "2020-06-01").path("person.partyOrganization.id").entity(String.class).isEqualTo(branchB);
        asOf(person, "2015-06-01").path("person.partyOrganization").valueIsNull();
        asOf(person, "2015-06-01").path("person.memberships").entityList(Object.class).hasSize(0);
        graphQl.documentName("editing/as-of").operationName("peopleAsOf").variable("po", branchA)
                .variable("asOf", "2019-01-01").execute().path("people.nodes[*].id").entityList(String.class).contains(person);
        graphQl.documentName("editing/as-of").operationName("peopleAsOf").variable("po", branchA)
                .execute().path("people.nodes[*].id").entityList(String.class).doesNotContain(person);
        graphQl.documentName("editing/as-of").operationName("partyOrganizationAsOf").variable("id", branchB)
                .variable("asOf", "2019-01-01").execute().path("partyOrganization.members.totalCount")
                .entity(Integer.class).satisfies(n -> assertThat(n).isZero());
    }

    @Test
    void transferMemberIsRejectedWithFieldAndReason() {
        String person = fixture.member("赵不动", branchA, "2018-01-01");
        String nonMember = fixture.ok("create-person", "createPerson", "input", Map.of("name", "钱群众"))
                .path("createPerson.person.id").entity(String.class).get();
        fixture.track(nonMember);
        rejected("transfer-member", "transferMember", "input", Map.of("personId", person,
                "toPartyOrganizationId", branchA), "NO_CHANGE", "toPartyOrganizationId");
        rejected("transfer-member", "transferMember", "input", Map.of("personId", person,
                "toPartyOrganizationId", branchB, "date", "2017-05-01"), "DATE_ORDER", "date");
        rejected("transfer-member", "transferMember", "input", Map.of("personId", person,
                "toPartyOrganizationId", branchB, "date", LocalDate.now().plusYears(1).toString()), "DATE_IN_FUTURE", "date");
        rejected("transfer-member", "transferMember", "input", Map.of("personId", nonMember,
                "toPartyOrganizationId", branchB), "CONFLICT", "personId");
        rejected("transfer-member", "transferMember", "input", Map.of("personId", person,
                "toPartyOrganizationId", unit), "WRONG_KIND", "toPartyOrganizationId");
        rejected("transfer-member", "transferMember", "input", Map.of("personId", "person:none-such",
                "toPartyOrganizationId", branchB), "NOT_FOUND", "personId");
    }

    @Test
    void employmentAndResidenceChangeWithHistory() {
        String person = fixture.member("孙上班", branchA, "2016-01-01");
        String other = fixture.unit("乙");
        fixture.ok("move-person", "changeEmployment", "employment", Map.of("personId", person, "unitId", unit,
                "date", "2017-01-01"));
        GraphQlTester.Response moved = fixture.ok("move-person", "changeEmployment", "employment",
                Map.of("personId", person, "unitId", other, "date", "2021-01-01"));
        moved.path("changeEmployment.person.employer.id").entity(String.class).isEqualTo(other);
        moved.path("changeEmployment.changeEvent.type").entity(String.class).isEqualTo("EMPLOYMENT_CHANGED");
        asOf(person, "2019-01-01").path("person.employer.id").entity(String.class).isEqualTo(unit);
        rejected("move-person", "changeEmployment", "employment", Map.of("personId", person, "unitId", other),
                "NO_CHANGE", "unitId");
        rejected("move-person", "changeEmployment", "employment", Map.of("personId", person, "unitId", unit,
                "date", "2020-01-01"), "DATE_ORDER", "date");

        GraphQlTester.Response home = fixture.ok("move-person", "changeResidence", "residence",
                Map.of("personId", person, "compoundId", "compound:07-01", "date", "2019-01-01"));
        home.path("changeResidence.person.residence.id").entity(String.class).isEqualTo("compound:07-01");
        rejected("move-person", "changeResidence", "residence", Map.of("personId", person, "compoundId", unit),
                "WRONG_KIND", "compoundId");
        fixture.ok("move-person", "changeResidence", "residence", Map.of("personId", person, "date", "2022-01-01"))
                .path("changeResidence.person.residence").valueIsNull();
    }

    @Test
    void aMemberAndABranchReportToACommunity() {
        String person = fixture.member("周报到", branchA, "2016-01-01");
        fixture.ok("move-person", "reportToCommunity", "report", Map.of("subjectId", person,
                "organizationId", "community:07")).path("reportToCommunity.person.reportsTo.id").entity(String.class)
                .isEqualTo("community:07");
        fixture.ok("move-person", "reportToCommunity", "report", Map.of("subjectId", branchB,
                "organizationId", "community:07")).path("reportToCommunity.partyOrganization.reportsTo[*].id")
                .entityList(String.class).containsExactly("community:07");
        rejected("move-person", "reportToCommunity", "report", Map.of("subjectId", person,
                "organizationId", "community:07"), "NO_CHANGE", "organizationId");
        rejected("move-person", "reportToCommunity", "report", Map.of("subjectId", person,
                "organizationId", unit), "WRONG_KIND", "organizationId");
    }

    @Test
    void organizationsAreCreatedUpdatedAndRetired() {
        String created = fixture.unit("丙");
        GraphQlTester.Response updated = fixture.ok("organizations", "updateOrganization", "update",
                Map.of("id", created, "name", "测试改名单位" + fixture.tag, "employees", 40));
        updated.path("updateOrganization.organization.employees").entity(Integer.class).isEqualTo(40);
        updated.path("updateOrganization.organization.pinyin").entity(String.class)
                .satisfies(p -> assertThat(p).startsWith("ceshigaiming"));
        rejected("organizations", "updateOrganization", "update", Map.of("id", created, "employees", -1),
                "INVALID", "employees");
        rejected("organizations", "createOrganization", "create", Map.of("type", "UNIT", "name", "x",
                "locatedInId", "community:07"), "WRONG_KIND", "locatedInId");
        rejected("organizations", "createOrganization", "create", Map.of("type", "COMMUNITY", "name", ""),
                "REQUIRED", "name");
        String branch = fixture.branch(created, "三", "2016-01-01");
        String person = fixture.member("吴撤销", branch, "2017-01-01");
        rejected("organizations", "retireOrganization", "retire", Map.of("id", created), "CONFLICT", "id");
        fixture.ok("transfer-member", "transferMember", "input", Map.of("personId", person,
                "toPartyOrganizationId", branchA));
        fixture.ok("organizations", "retireOrganization", "retire", Map.of("id", created, "reason", "注销"))
                .path("retireOrganization.changeEvent.reason").entity(String.class).isEqualTo("注销");
        rejected("organizations", "retireOrganization", "retire", Map.of("id", created), "NO_CHANGE", "id");
    }

    @Test
    void aUnitJoinsAndLeavesAnAllianceAndAsOfShowsEachYear() {
        String joining = fixture.unit("丁");
        GraphQlTester.Response joined = fixture.ok("organizations", "joinAlliance", "join",
                Map.of("organizationId", joining, "allianceId", "alliance:05", "date", "2020-03-01"));
        joined.path("joinAlliance.organization.alliance.id").entity(String.class).isEqualTo("alliance:05");
        joined.path("joinAlliance.changeEvent.type").entity(String.class).isEqualTo("UNIT_JOINED_ALLIANCE");
        rejected("organizations", "joinAlliance", "join", Map.of("organizationId", joining,
                "allianceId", "alliance:01"), "CONFLICT", "allianceId");
        rejected("organizations", "joinAlliance", "join", Map.of("organizationId", joining,
                "allianceId", "alliance:05"), "NO_CHANGE", "allianceId");
        rejected("organizations", "leaveAlliance", "leave", Map.of("organizationId", joining,
                "date", "2019-01-01"), "DATE_ORDER", "date");
        fixture.ok("organizations", "leaveAlliance", "leave", Map.of("organizationId", joining, "date", "2022-03-01"))
                .path("joinAlliance.organization.alliance");
        unitAsOf(joining, null).path("unit.alliance").valueIsNull();
        unitAsOf(joining, "2021-01-01").path("unit.alliance.id").entity(String.class).isEqualTo("alliance:05");
        unitAsOf(joining, "2019-01-01").path("unit.alliance").valueIsNull();
        rejected("organizations", "leaveAlliance", "leave", Map.of("organizationId", joining), "NO_CHANGE",
                "organizationId");
    }

    @Test
    void aSmallBranchBecomesACommitteeOnlyWithARecordedException() {
        String host = fixture.unit("戊");
        String branch = fixture.branch(host, "四", "2016-01-01");
        fixture.member("郑委员", branch, "2017-01-01");
        rejected("organizations", "changePartyOrganizationLevel", "level", Map.of("partyOrganizationId", branch,
                "level", "COMMITTEE"), "TOO_FEW_MEMBERS", "exceptionReason");
        rejected("organizations", "changePartyOrganizationLevel", "level", Map.of("partyOrganizationId", branch,
                "level", "BRANCH"), "NO_CHANGE", "level");
        rejected("organizations", "changePartyOrganizationLevel", "level", Map.of("partyOrganizationId", branch,
                "level", "GENERAL_BRANCH", "date", "2015-01-01"), "DATE_ORDER", "date");
        GraphQlTester.Response upgraded = fixture.ok("organizations", "changePartyOrganizationLevel", "level",
                Map.of("partyOrganizationId", branch, "level", "COMMITTEE", "date", "2021-07-01",
                        "exceptionReason", "社区党员不足100名，经区委组织部批准升格"));
        upgraded.path("changePartyOrganizationLevel.partyOrganization.level").entity(String.class).isEqualTo("COMMITTEE");
        upgraded.path("changePartyOrganizationLevel.changeEvent.type").entity(String.class).isEqualTo("UPGRADED_TO_COMMITTEE");
        upgraded.path("changePartyOrganizationLevel.changeEvent.fromLevel").entity(String.class).isEqualTo("BRANCH");
        upgraded.path("changePartyOrganizationLevel.changeEvent.reason").entity(String.class)
                .satisfies(r -> assertThat(r).contains("不足100名"));
        rejected("organizations", "foundBranch", "found", Map.of("name", "测试", "hostId", branch),
                "WRONG_KIND", "hostId");
        rejected("organizations", "foundBranch", "found", Map.of("name", "测试", "hostId", host,
                "parentId", host), "WRONG_KIND", "parentId");
    }

    @Test
    void theChangesQueryListsWhatChangedBetweenTwoDays() {
        String person = fixture.member("冯历史", branchA, "2016-01-01");
        fixture.ok("transfer-member", "transferMember", "input", Map.of("personId", person,
                "toPartyOrganizationId", branchB, "date", "2023-02-01"));
        GraphQlTester.Response changes = graphQl.documentName("editing/changes").variable("subjectId", person)
                .variable("first", 10).execute();
        changes.path("changes.nodes[*].type").entityList(String.class).containsExactly("PERSON_CREATED", "MEMBER_TRANSFERRED");
        changes.path("changes.nodes[1].after").entity(String.class).satisfies(a -> assertThat(a).contains(branchB));
        changes.path("changes.nodes[1].actor").entity(String.class).isEqualTo(GraphQlTesters.TestUser.TEST_ADMIN.username());
        graphQl.documentName("editing/changes").variable("subjectId", person).variable("from", "2023-01-01")
                .variable("to", "2023-12-31").variable("types", List.of("MEMBER_TRANSFERRED")).execute()
                .path("changes.totalCount").entity(Integer.class).isEqualTo(1);
        graphQl.documentName("editing/changes").variable("subjectId", person).variable("to", "2022-12-31").execute()
                .path("changes.nodes[*].type").entityList(String.class).containsExactly("PERSON_CREATED");
    }

    private GraphQlTester.Response asOf(String person, String day) {
        return graphQl.documentName("editing/as-of").operationName("personAsOf").variable("id", person)
                .variable("asOf", day).execute();
    }

    private GraphQlTester.Response unitAsOf(String unit, String day) {
        return graphQl.documentName("editing/as-of").operationName("unitAsOf").variable("id", unit)
                .variable("asOf", day).execute();
    }
}
