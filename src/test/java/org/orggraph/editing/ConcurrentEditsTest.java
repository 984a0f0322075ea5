package org.orggraph.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.orggraph.OrgGraphTest;
import org.orggraph.alliance.LinkProjection;
import org.orggraph.api.GraphQlTesters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No lost updates: 16 threads transfer the same members between the same branches and edit the same units at
 * once. The end state equals a serial order: each member's transfers, in the order they were recorded, form one
 * chain (each starts where the previous one ended), the member's one current party organization is where the
 * last one went, a unit's employees are what its last recorded edit wrote, and every successful mutation has
 * exactly one change event.
 */
@OrgGraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentEditsTest {

    static final int THREADS = 16;
    static final int ROUNDS = 6;

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    LinkProjection links;

    EditingFixture fixture;
    final List<String> branches = new ArrayList<>();
    final List<String> members = new ArrayList<>();
    final List<String> units = new ArrayList<>();
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    void subjects() {
        fixture = new EditingFixture(GraphQlTesters.overHttp(port), driver, links);
        for (int i = 0; i < 2; i++) {
            units.add(fixture.unit("并发" + i));
        }
        for (int i = 0; i < 3; i++) {
            branches.add(fixture.branch(units.get(0), "并发" + i, "2015-01-01"));
        }
        for (int i = 0; i < 3; i++) {
            members.add(fixture.member("并发党员" + i, branches.get(0), "2016-01-01"));
        }
    }

    @AfterAll
    void cleanUp() {
        fixture.cleanUp();
    }

    @Test
    void sixteenThreadsEditingTheSameMembersAndUnitsLoseNoUpdate() throws Exception {
        AtomicInteger transfers = new AtomicInteger();
        AtomicInteger edits = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            done.add(pool.submit((Callable<Void>) () -> {
                Random random = new Random(thread);
                for (int round = 0; round < ROUNDS; round++) {
                    if ((thread + round) % 2 == 0) {
                        GraphQlTester.Response r = fixture.mutate("transfer-member", "transferMember", "input",
                                Map.of("personId", members.get(random.nextInt(members.size())),
                                        "toPartyOrganizationId", branches.get(random.nextInt(branches.size()))));
                        List<String> codes = r.path("transferMember.errors[*].code").entityList(String.class).get();
                        assertThat(codes).isSubsetOf("NO_CHANGE");
                        if (codes.isEmpty()) {
                            transfers.incrementAndGet();
                        }
                    } else {
                        fixture.ok("organizations", "updateOrganization", "update", Map.of(
                                "id", units.get(random.nextInt(units.size())), "employees", thread * 100 + round));
                        edits.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        for (Future<?> f : done) {
            f.get();
        }

        int recordedTransfers = 0;
        for (String member : members) {
            List<Record> events = events(member, "MEMBER_TRANSFERRED");
            recordedTransfers += events.size();
            String at = branches.get(0);
            for (Record event : events) {
                assertThat(field(event.get("before").asString(), "partyOrganization")).isEqualTo(at);
                at = field(event.get("after").asString(), "partyOrganization");
            }
            List<String> current = driver.executableQuery("""
                    MATCH (:Person {id: $id})-[r:MEMBER_OF]->(po) WHERE r.until IS NULL RETURN po.id AS id""")
                    .withParameters(Map.of("id", member)).execute().records().stream().map(r -> r.get("id").asString())
                    .toList();
            assertThat(current).containsExactly(at);
        }
        assertThat(recordedTransfers).isEqualTo(transfers.get());

        int recordedEdits = 0;
        for (String unit : units) {
            List<Record> events = events(unit, "ORGANIZATION_UPDATED");
            recordedEdits += events.size();
            if (!events.isEmpty()) {
                int employees = driver.executableQuery("MATCH (u:Unit {id: $id}) RETURN u.employees AS e")
                        .withParameters(Map.of("id", unit)).execute().records().get(0).get("e").asInt();
                assertThat(json.readTree(events.get(events.size() - 1).get("after").asString()).get("employees").asInt())
                        .isEqualTo(employees);
            }
        }
        assertThat(recordedEdits).isEqualTo(edits.get()).isEqualTo(THREADS * ROUNDS / 2);
    }

    private List<Record> events(String subject, String type) {
        return driver.executableQuery("""
                MATCH (e:ChangeEvent {type: $type})-[:CHANGED]->({id: $id})
                RETURN e.before AS before, e.after AS after ORDER BY e.at""")
                .withParameters(Map.of("id", subject, "type", type)).execute().records();
    }

    private String field(String object, String name) {
        return json.readTree(object).get(name).asString();
    }
}
