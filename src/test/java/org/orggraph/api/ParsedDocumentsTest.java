package org.orggraph.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.GraphQlTesters.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.orggraph.api.GraphQlAnswers.codes;
import static org.orggraph.api.GraphQlAnswers.messages;

/**
 * A document sent again is not parsed and validated again ({@link ParsedDocuments}), and the cost of one without
 * variables is not measured again ({@link QueryCost}); nothing else may change: the same errors, the variables and
 * the budget of each request, the cost in every answer.
 */
@OrgGraphTest
class ParsedDocumentsTest {

    /** Cheap to run (the people of one unit), but 100 people × 100 members each in the worst case. */
    private static final String OVER_A_VIEWERS_BUDGET = "{ people(first: 100, filter: {employerId: \"unit:0001\"})"
            + " { nodes { id partyOrganization { members(first: 100) { nodes { id name } } } } } }";

    @LocalServerPort
    int port;

    @Autowired
    ApiLimits limits;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aDocumentThatDoesNotParseOrValidateFailsTheSameWayEveryTime() {
        for (int time = 0; time < 3; time++) {
            Map<String, Object> invalid = post(TestUser.TEST_ADMIN, Map.of("query",
                    "{ unit(id: \"unit:0001\") { id noSuchField } }"));
            assertThat(codes(invalid)).containsExactly("GRAPHQL_VALIDATION_FAILED");
            assertThat(messages(invalid).get(0)).contains("noSuchField");
            assertThat(invalid.get("data")).isNull();

            Map<String, Object> broken = post(TestUser.TEST_ADMIN, Map.of("query", "{ unit(id: \"unit:0001\") { id "));
            assertThat(codes(broken)).containsExactly("GRAPHQL_PARSE_FAILED");
        }
    }

    @Test
    void theSameDocumentWithOtherVariablesAnswersWithThoseVariables() {
        String document = "query One($id: ID!, $first: Int) { unit(id: $id) { id } units(first: $first) { nodes { id } } }";
        Map<String, Object> first = post(TestUser.TEST_ADMIN, Map.of("query", document,
                "variables", Map.of("id", "unit:0001", "first", 2)));
        Map<String, Object> second = post(TestUser.TEST_ADMIN, Map.of("query", document,
                "variables", Map.of("id", "unit:0002", "first", 5)));
        assertThat(codes(first)).isEmpty();
        assertThat(codes(second)).isEmpty();
        assertThat(data(first, "unit")).containsEntry("id", "unit:0001");
        assertThat(data(second, "unit")).containsEntry("id", "unit:0002");
        assertThat((List<?>) data(first, "units").get("nodes")).hasSize(2);
        assertThat((List<?>) data(second, "units").get("nodes")).hasSize(5);
        // the page size is a variable: each request has its own cost
        assertThat(cost(second)).isGreaterThan(cost(first));
    }

    @Test
    void aDocumentWithoutVariablesHasItsCostInEveryAnswerAndEachCallerItsOwnBudget() {
        int viewers = limits.maxCost(new Caller("viewer", java.util.Set.of(Role.VIEWER)));
        int admins = limits.maxCost(new Caller("admin", java.util.Set.of(Role.ADMIN)));
        for (int time = 0; time < 2; time++) {
            Map<String, Object> refused = post(TestUser.VIEWER, Map.of("query", OVER_A_VIEWERS_BUDGET));
            assertThat(codes(refused)).containsExactly("TOO_EXPENSIVE");
            assertThat(cost(refused)).isGreaterThan(viewers).isLessThanOrEqualTo(admins);

            Map<String, Object> answered = post(TestUser.TEST_ADMIN, Map.of("query", OVER_A_VIEWERS_BUDGET));
            assertThat(codes(answered)).isEmpty();
            assertThat(cost(answered)).isEqualTo(cost(refused));
        }
        String tooLong = "{ units(filter: {nameContains: \"" + "沙".repeat(limits.maxStringLength() + 1)
                + "\"}) { totalCount } }";
        for (int time = 0; time < 2; time++) {
            Map<String, Object> answer = post(TestUser.TEST_ADMIN, Map.of("query", tooLong));
            assertThat(codes(answer)).containsExactly("BAD_USER_INPUT");
            assertThat(messages(answer).get(0)).contains("nameContains");
        }
    }

    @Test
    void aKnownDocumentsSubscriptionIsStillRefusedOverPlainPost() {
        String document = "query Units { units(first: 1) { totalCount } } subscription Live { changes { cursor } }";
        Map<String, Object> query = post(TestUser.TEST_ADMIN, Map.of("query", document, "operationName", "Units"));
        assertThat(codes(query)).isEmpty();
        String refused = GraphQlTesters.webClient(port).post().contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", document, "operationName", "Live")).exchange()
                .expectStatus().isEqualTo(HttpStatus.BAD_REQUEST)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(refused).contains("A subscription streams");
    }

    // ---- helpers

    @SuppressWarnings("unchecked")
    private Map<String, Object> post(TestUser user, Map<String, Object> body) {
        String text = GraphQlTesters.anonymous(port).post().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, user.basic()).bodyValue(body).exchange()
                .expectBody(String.class).returnResult().getResponseBody();
        return json.readValue(text, LinkedHashMap.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> answer, String field) {
        return (Map<String, Object>) ((Map<String, Object>) answer.get("data")).get(field);
    }

    @SuppressWarnings("unchecked")
    private static int cost(Map<String, Object> answer) {
        return ((Number) ((Map<String, Object>) answer.get("extensions")).get("cost")).intValue();
    }
}
