package org.orggraph.editing;

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

import static org.assertj.core.api.Assertions.assertThat;

/** The three lists, activities and summons as mutations: each one's success and its validation failures. */
@OrgGraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThreeListsMutationsTest {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    LinkProjection links;

    EditingFixture fixture;
    String unit;
    String person;

    @BeforeAll
    void subjects() {
        fixture = new EditingFixture(GraphQlTesters.overHttp(port), driver, links);
        unit = fixture.unit("清单");
        person = fixture.member("何参与", fixture.branch(unit, "清单", "2015-01-01"), "2016-01-01");
    }

    @AfterAll
    void cleanUp() {
        fixture.cleanUp();
    }

    private String created(GraphQlTester.Response response, String path) {
        String id = response.path(path).entity(String.class).get();
        fixture.track(id);
        return id;
    }

    private void rejected(String operation, String variable, Map<String, Object> input, String code, String field) {
        Map<String, Object> before = fixture.checksum();
        GraphQlTester.Response response = fixture.mutate("three-lists", operation, variable, input);
        response.path(operation + ".errors[?(@.code == '" + code + "')].field").entityList(String.class).contains(field);
        assertThat(fixture.checksum()).isEqualTo(before);
    }

    @Test
    void aNeedIsRaisedClaimedWithAResourceAndCompleted() {
        String need = created(fixture.ok("three-lists", "raiseNeed", "need", Map.of("name", "楼道灯维修" + fixture.tag,
                "raisedById", "community:07", "date", "2024-03-01")), "raiseNeed.need.id");
        String resource = created(fixture.ok("three-lists", "offerResource", "resource", Map.of("name",
                "电工志愿服务" + fixture.tag, "offeredById", unit, "date", "2024-03-02")), "offerResource.resource.id");
        GraphQlTester.Response claimed = fixture.ok("three-lists", "claimNeed", "claim", Map.of("name",
                "点亮楼道" + fixture.tag, "unitId", unit, "needIds", List.of(need), "resourceIds", List.of(resource),
                "date", "2024-03-05"));
        String project = created(claimed, "claimNeed.project.id");
        claimed.path("claimNeed.project.needs[*].id").entityList(String.class).containsExactly(need);
        claimed.path("claimNeed.project.claimedBy.id").entity(String.class).isEqualTo(unit);
        rejected("completeProject", "complete", Map.of("projectId", project, "date", "2024-03-01"), "DATE_ORDER", "date");
        GraphQlTester.Response done = fixture.ok("three-lists", "completeProject", "complete",
                Map.of("projectId", project, "date", "2024-04-01"));
        done.path("completeProject.project.status").entity(String.class).isEqualTo("DONE");
        done.path("completeProject.project.needs[*].status").entityList(String.class).containsExactly("DONE");
        rejected("completeProject", "complete", Map.of("projectId", project), "NO_CHANGE", "projectId");
    }

    @Test
    void claimsAreRejectedWithFieldAndReason() {
        rejected("claimNeed", "claim", Map.of("name", "x", "unitId", unit, "needIds", List.of()), "REQUIRED", "needIds");
        rejected("claimNeed", "claim", Map.of("name", "x", "unitId", unit, "needIds", List.of("need:001", "need:001")),
                "DUPLICATE", "needIds");
        rejected("claimNeed", "claim", Map.of("name", "x", "unitId", unit, "needIds", List.of(unit)),
                "WRONG_KIND", "needIds");
        rejected("raiseNeed", "need", Map.of("name", "x", "raisedById", unit), "WRONG_KIND", "raisedById");
        rejected("offerResource", "resource", Map.of("name", "", "offeredById", unit), "REQUIRED", "name");
    }

    @Test
    void anActivityWithParticipantsAndASummonsWithTheDepartmentsThatAnswered() {
        GraphQlTester.Response activity = fixture.ok("three-lists", "recordActivity", "activity", Map.of("name",
                "义诊" + fixture.tag, "organizerIds", List.of(unit), "participantIds", List.of(person),
                "date", "2024-05-01"));
        created(activity, "recordActivity.activity.id");
        activity.path("recordActivity.activity.participants.totalCount").entity(Integer.class).isEqualTo(1);
        rejected("recordActivity", "activity", Map.of("name", "x", "organizerIds", List.of(unit),
                "participantIds", List.of(person, person)), "DUPLICATE", "participantIds");
        rejected("recordActivity", "activity", Map.of("name", "x", "organizerIds", List.of()), "REQUIRED", "organizerIds");

        GraphQlTester.Response summons = fixture.ok("three-lists", "recordSummons", "summons", Map.of("name",
                "占道经营" + fixture.tag, "raisedById", "community:07", "answeredByIds", List.of(unit),
                "date", "2024-06-01"));
        created(summons, "recordSummons.summons.id");
        summons.path("recordSummons.summons.answers[*].unit.id").entityList(String.class).containsExactly(unit);
        summons.path("recordSummons.summons.answers[0].date").entity(String.class).isEqualTo("2024-06-01");
        rejected("recordSummons", "summons", Map.of("name", "x", "raisedById", person), "WRONG_KIND", "raisedById");
    }
}
