package org.orggraph.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.orggraph.FixtureRemoval;
import org.orggraph.alliance.LinkProjection;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.GraphQlTesters;
import org.orggraph.api.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.client.GraphQlTransportException;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;

/**
 * The {@code changes} subscription: a change made through HTTP by an editor reaches subscribers over WebSocket and
 * SSE, in order, filtered by type, area and alliance; a subscriber resumes from a cursor without missing or repeating
 * anything; nobody subscribes without logging in; a subscriber that leaves stops the polling. Each test starts from
 * the feed's current position ({@link LiveChanges#now()}) so that it sees exactly the changes it makes, and deletes
 * the units it created and their change events.
 */
@OrgGraphTest
class LiveChangesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SHAPING = "street:shaping";
    private static final String ALLIANCE = "alliance:05";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    LinkProjection links;

    @Autowired
    LiveChanges live;

    @Autowired
    ChangeFeed feed;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private final List<String> created = new ArrayList<>();

    @AfterEach
    void deleteWhatTheTestCreated() {
        new FixtureRemoval(driver, links).deleteWithTheirChanges(created);
    }

    @Test
    void aUnitCreatedByAnEditorReachesAWebSocketSubscriberWithItsCursor() {
        String from = FeedCursor.of(live.now());
        WebSocketGraphQlTester viewer = GraphQlTesters.overWebSocket(port, Role.VIEWER);
        Flux<Map<String, Object>> changes = subscribe(viewer, Map.of("after", from));
        try {
            String unit = unit("订阅", SHAPING);
            Map<String, Object> first = changes.blockFirst(WAIT);
            assertThat(change(first)).containsEntry("type", "ORGANIZATION_CREATED").containsEntry("actor", "editor");
            assertThat(changedIds(first)).containsExactly(unit);
            assertThat(FeedCursor.seq((String) first.get("cursor"))).isGreaterThan(FeedCursor.seq(from));
        } finally {
            viewer.stop().block(WAIT);
        }
        await("the subscription and the poller end with the client").atMost(WAIT)
                .until(() -> live.subscribers() == 0 && !feed.polling());
    }

    @Test
    void aSubscriberResumesAfterItsLastCursorMissingNothingAndGettingNothingTwice() {
        String from = FeedCursor.of(live.now());
        String first = unit("续订一", SHAPING);
        String second = unit("续订二", SHAPING);
        String third = unit("续订三", SHAPING);
        WebSocketGraphQlTester planner = GraphQlTesters.overWebSocket(port, Role.PLANNER);
        try {
            List<Map<String, Object>> before = subscribe(planner, Map.of("after", from)).take(2).collectList()
                    .block(WAIT);
            assertThat(before).extracting(LiveChangesTest::onlyChanged).containsExactly(first, second);
            // the client went away after the second; it comes back with the second's cursor
            String resumeAt = (String) before.get(1).get("cursor");
            List<Map<String, Object>> after = subscribe(planner, Map.of("after", resumeAt)).take(1).collectList()
                    .block(WAIT);
            assertThat(after).extracting(LiveChangesTest::onlyChanged).containsExactly(third);
        } finally {
            planner.stop().block(WAIT);
        }
    }

    @Test
    void typesAreaAndAllianceKeepOnlyTheChangesOfThoseSubjects() {
        String town = GraphQlTesters.overHttp(port).document("{ towns { id } }").execute()
                .path("towns[*].id").entityList(String.class).get().get(0);
        String from = FeedCursor.of(live.now());
        String inShaping = unit("沙坪", SHAPING);
        String elsewhere = unit("镇上", town);
        editor().documentName("editing/organizations").operationName("joinAlliance")
                .variable("join", Map.of("organizationId", elsewhere, "allianceId", ALLIANCE, "date", "2020-03-01"))
                .execute().path("joinAlliance.errors").entityList(Object.class).hasSize(0);
        WebSocketGraphQlTester viewer = GraphQlTesters.overWebSocket(port, Role.VIEWER);
        try {
            assertThat(subscribe(viewer, Map.of("after", from, "areaId", SHAPING)).blockFirst(WAIT))
                    .extracting(LiveChangesTest::onlyChanged).isEqualTo(inShaping);
            assertThat(subscribe(viewer, Map.of("after", from, "areaId", town)).blockFirst(WAIT))
                    .extracting(LiveChangesTest::onlyChanged).isEqualTo(elsewhere);
            // the alliance's changes: of its members as they are now (the unit has joined since it was created)
            List<Map<String, Object>> ofAlliance = subscribe(viewer, Map.of("after", from, "allianceId", ALLIANCE))
                    .take(2).collectList().block(WAIT);
            assertThat(ofAlliance).extracting(item -> change(item).get("type"))
                    .containsExactly("ORGANIZATION_CREATED", "UNIT_JOINED_ALLIANCE");
            assertThat(ofAlliance).extracting(LiveChangesTest::changedIds).allSatisfy(ids -> assertThat(ids)
                    .contains(elsewhere));
            Map<String, Object> joined = ofAlliance.get(1);
            Map<String, Object> typed = subscribe(viewer, Map.of("after", from, "types",
                    List.of("UNIT_JOINED_ALLIANCE", "LEFT_ALLIANCE"))).blockFirst(WAIT);
            assertThat(change(typed)).containsEntry("id", change(joined).get("id"));
        } finally {
            viewer.stop().block(WAIT);
        }
    }

    @Test
    void theSubjectsOfAChangeAreMaskedByTheSubscribersRole() {
        String from = FeedCursor.of(live.now());
        String name = "订阅测试人" + tag;
        String person = editor().documentName("editing/create-person").operationName("createPerson")
                .variable("input", Map.of("name", name)).execute().path("createPerson.person.id")
                .entity(String.class).get();
        created.add(person);
        for (Role role : List.of(Role.VIEWER, Role.PLANNER)) {
            WebSocketGraphQlTester subscriber = GraphQlTesters.overWebSocket(port, role);
            try {
                // earlier tests' changes may be numbered after `from` (the feed numbers what it has not seen yet)
                Map<String, Object> change = subscribe(subscriber, Map.of("after", from))
                        .filter(c -> changedIds(c).contains(person)).blockFirst(WAIT);
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> changed = (List<Map<String, Object>>) change(change).get("changed");
                String seen = (String) changed.get(0).get("name");
                if (role == Role.PLANNER) {
                    assertThat(seen).isEqualTo(name);
                } else {
                    assertThat(seen).startsWith("订").isNotEqualTo(name).doesNotContain(tag);
                }
            } finally {
                subscriber.stop().block(WAIT);
            }
        }
    }

    @Test
    void badArgumentsAreErrorsWithACodeAndNobodySubscribesWithoutLoggingIn() {
        WebSocketGraphQlTester viewer = GraphQlTesters.overWebSocket(port, Role.VIEWER);
        try {
            for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("after", "not-a-cursor"),
                    Map.of("areaId", "unit:0001"), Map.of("allianceId", "alliance:none"))) {
                assertThatThrownBy(() -> subscribe(viewer, bad).blockFirst(WAIT))
                        .hasMessageContaining(bad.containsKey("allianceId") ? "NOT_FOUND" : "BAD_USER_INPUT");
            }
            // the cost budget of the caller's role, as for a query: 20 subjects x 100 staff x 20 memberships
            String costly = "subscription { changes { change { changed { ... on Unit { staff(first: 100) {"
                    + " nodes { memberships { since } } } } } } } }";
            assertThat(catchThrowable(() -> viewer.document(costly).executeSubscription().toFlux().blockFirst(WAIT)
                    .errors().verify())).hasMessageContaining("could cost");
        } finally {
            viewer.stop().block(WAIT);
        }
        WebSocketGraphQlTester anonymous = GraphQlTesters.overWebSocket(port, null);
        // the handshake is answered 401 with an HTTP Basic challenge, which the WebSocket client cannot meet
        assertThatThrownBy(() -> subscribe(anonymous, Map.of()).blockFirst(WAIT))
                .isInstanceOf(GraphQlTransportException.class)
                .hasStackTraceContaining("No user name was provided to use for authentication");
        GraphQlTesters.anonymous(port).post().accept(MediaType.TEXT_EVENT_STREAM).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "subscription { changes { cursor } }")).exchange()
                .expectStatus().isUnauthorized();
        // over plain HTTP a subscription cannot stream: a clear 400, not a response that never ends
        GraphQlTesters.webClient(port).post().contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "subscription { changes { cursor } }")).exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void aChangeReachesAnSseSubscriberAsANextEvent() {
        String from = FeedCursor.of(live.now());
        String unit = unit("事件流", SHAPING);
        String query = "subscription($after: String) { changes(after: $after) { cursor change { id type changed { id } } } }";
        List<ServerSentEvent<String>> events = GraphQlTesters.webClient(port).post()
                .accept(MediaType.TEXT_EVENT_STREAM).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", query, "variables", Map.of("after", from))).exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() { })
                .getResponseBody().filter(event -> "next".equals(event.event())).take(1).collectList().block(WAIT);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).data()).contains("\"ORGANIZATION_CREATED\"").contains(unit).contains("\"cursor\"");
    }

    private GraphQlTester editor() {
        return GraphQlTesters.as(port, Role.EDITOR);
    }

    /** A new unit of the street, created through the API as EDITOR (deleted after the test). */
    private String unit(String name, String street) {
        String id = editor().documentName("editing/organizations").operationName("createOrganization")
                .variable("create", Map.of("type", "UNIT", "name", "订阅单位" + name + tag,
                        "unitKind", "PRIVATE_ENTERPRISE", "employees", 3, "locatedInId", street))
                .execute().path("createOrganization.organization.id").entity(String.class).get();
        created.add(id);
        return id;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Flux<Map<String, Object>> subscribe(WebSocketGraphQlTester tester, Map<String, Object> variables) {
        return tester.documentName("live/changes").variables(variables).executeSubscription()
                .toFlux("changes", Map.class).map(m -> (Map<String, Object>) m);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> change(Map<String, Object> item) {
        return (Map<String, Object>) item.get("change");
    }

    @SuppressWarnings("unchecked")
    private static List<String> changedIds(Map<String, Object> item) {
        return ((List<Map<String, Object>>) change(item).get("changed")).stream().map(n -> (String) n.get("id"))
                .toList();
    }

    private static String onlyChanged(Map<String, Object> item) {
        List<String> ids = changedIds(item);
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }
}
