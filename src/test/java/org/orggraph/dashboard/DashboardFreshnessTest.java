package org.orggraph.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.orggraph.FixtureRemoval;
import org.orggraph.alliance.LinkProjection;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.GraphQlTesters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The dashboard keeps its results until the recorded history moves, wherever the change was written: another app
 * instance over the same database writes through its own connection and records its ChangeEvent, and this
 * instance's next poll shows it, without being told. The other instance is played here by a write through the
 * driver, so nothing of this instance (no mutation, no forget) knows about it.
 */
@OrgGraphTest
class DashboardFreshnessTest {

    static final String NEED = "need:dashboard-freshness-test";
    static final String EVENT = "event:dashboard-freshness-test";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    LinkProjection links;

    private int raised() {
        return GraphQlTesters.overHttp(port).documentName("dashboard-funnel").variable("allianceId", "alliance:02")
                .execute().path("dashboard.funnel.raised").entity(Integer.class).get();
    }

    @Test
    void aChangeRecordedThroughAnotherInstanceIsShownAtTheNextPollAndAWriteWithoutHistoryIsNot() {
        int before = raised();

        // A need raised by a community of the alliance, its change not recorded (yet): the poll answers from the
        // results kept, so it cannot be seen.
        driver.executableQuery("""
                MATCH (c:Community)-[:IN_ALLIANCE]->(:Alliance {id: 'alliance:02'})
                WITH c ORDER BY c.id LIMIT 1
                CREATE (:Need {id: $need, name: '看板测试需求', category: 'ELDERLY_CARE', status: 'RAISED',
                               raisedOn: date()})-[:RAISED_BY]->(c)""").withParameters(Map.of("need", NEED)).execute();
        assertThat(raised()).as("kept while the history stands still").isEqualTo(before);

        // The other instance records the change, as every write does: the next poll computes again.
        driver.executableQuery("""
                MATCH (n:Need {id: $need})
                CREATE (:ChangeEvent {id: $event, type: 'NEED_RAISED', date: date(), at: datetime.realtime(),
                                      actor: 'another-instance', description: 'test'})-[:CHANGED]->(n)""")
                .withParameters(Map.of("need", NEED, "event", EVENT)).execute();
        assertThat(raised()).as("computed again once the history moved").isEqualTo(before + 1);
    }

    @Test
    void aPollBetweenTwoChangesReadsOnlyTheCursorAndAnswersAsItsFirstExecutionDid() {
        GraphQlTester.Request<?> poll = GraphQlTesters.countingStatements(port).documentName("dashboard")
                .operationName("Dashboard").variable("allianceId", "alliance:04");
        GraphQlTester.Response first = poll.execute();
        first.errors().verify();
        Map<?, ?> computed = first.path("dashboard").entity(Map.class).get();
        int cost = first.path("$.extensions.cost").entity(Integer.class).get();

        // kept from the second request of a document on (the first one parses and validates it)
        poll.execute().errors().verify();
        GraphQlTester.Response kept = poll.execute();
        kept.errors().verify();
        assertThat(kept.path("dashboard").entity(Map.class).get()).isEqualTo(computed);
        kept.path("$.extensions.cypherStatements").entity(Integer.class).isEqualTo(1);
        kept.path("$.extensions.cost").entity(Integer.class).isEqualTo(cost);

        // another scope (other variables) is not the kept one
        GraphQlTesters.countingStatements(port).documentName("dashboard").operationName("Dashboard")
                .variable("allianceId", "alliance:05").execute()
                .path("dashboard.alliance.id").entity(String.class).isEqualTo("alliance:05");
    }

    @AfterEach
    void removeTheNeedAndItsChange() {
        new FixtureRemoval(driver, links).delete("MATCH (n) WHERE n.id IN [$need, $event] RETURN n",
                Map.of("need", NEED, "event", EVENT));
    }
}
