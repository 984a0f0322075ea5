package org.orggraph.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.orggraph.OrgGraphTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client gets when something is wrong: always a GraphQL error with {@code extensions.code} and a message in
 * the client's terms, never a stack trace, never HTTP 500.
 */
@OrgGraphTest
class ErrorsTest {

    private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

    @LocalServerPort
    int port;

    private HttpGraphQlTester graphQl() {
        return GraphQlTesters.overHttp(port);
    }

    @Test
    void aSyntaxErrorIsGraphQlParseFailedWith400ForGraphQlResponseJson() {
        GraphQlTesters.webClient(port).post().contentType(MediaType.APPLICATION_JSON).accept(GRAPHQL_RESPONSE)
                .bodyValue(Map.of("query", "{ communities(first: 2 { totalCount } }")).exchange()
                .expectStatus().isEqualTo(HttpStatus.BAD_REQUEST)
                .expectBody()
                .jsonPath("$.errors[0].extensions.code").isEqualTo("GRAPHQL_PARSE_FAILED")
                .jsonPath("$.errors[0].message").value(String.class, m -> assertThat(m).contains("Invalid syntax"))
                .jsonPath("$.data").doesNotExist();
    }

    @Test
    void aSyntaxErrorIs200WithTheErrorForLegacyApplicationJsonClients() {
        GraphQlTesters.webClient(port).post().contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ communities(first: 2 { totalCount } }")).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("GRAPHQL_PARSE_FAILED");
    }

    @Test
    void anUnknownFieldIsGraphQlValidationFailed() {
        graphQl().document("{ communities { totalCount nonsense } }").execute().errors().satisfy(errors -> {
            assertThat(errors).isNotEmpty();
            assertThat(errors.get(0).getMessage()).contains("nonsense");
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "GRAPHQL_VALIDATION_FAILED");
        });
    }

    @Test
    void aVariableOfTheWrongTypeIsGraphQlValidationFailed() {
        graphQl().document("query($n: Int) { communities(first: $n) { totalCount } }").variable("n", "ten").execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "GRAPHQL_VALIDATION_FAILED");
                });
    }

    @Test
    void anIdOfNoKnownKindIsABadArgument() {
        graphQl().documentName("node-plain").variable("id", "planet:3").execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getMessage()).contains("'planet:3' is not an OrgGraph id").contains("community");
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
        });
    }

    @Test
    void aWellFormedIdThatNamesNothingIsNullForNodeButNotFoundForATypedLookup() {
        graphQl().documentName("node-plain").variable("id", "community:99").execute()
                .errors().verify().path("node").valueIsNull();
        graphQl().documentName("community-by-id").variable("id", "community:99").execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getMessage()).isEqualTo("No community with id 'community:99'");
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND").containsEntry("id", "community:99");
        });
    }

    @Test
    void anIdOfTheWrongKindForATypedLookupIsABadArgument() {
        graphQl().documentName("community-by-id").variable("id", "unit:0001").execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getMessage()).contains("id must be the id of a Community").contains("is a Unit");
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
        });
    }

    @Test
    void aFilterIdOfTheWrongKindIsABadArgument() {
        graphQl().documentName("communities-page").variable("filter", Map.of("allianceId", "community:01")).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getMessage()).contains("filter.allianceId must be the id of a Alliance");
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
                });
    }

    @Test
    void tooManyIdsAtOnceAreRefused() {
        java.util.List<String> ids = java.util.stream.IntStream.rangeClosed(1, 101)
                .mapToObj(i -> "person:%06d".formatted(i)).toList();
        graphQl().documentName("nodes-mixed").variable("ids", ids).execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getMessage()).contains("at most 100 ids");
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
        });
    }

    @Test
    void queriesCanBeSentWithGet() {
        GraphQlTesters.webClient(port).get()
                .uri(b -> b.queryParam("query", "{q}").queryParam("variables", "{v}")
                        .build("query($id: ID!) { node(id: $id) { id __typename } }", "{\"id\": \"community:07\"}"))
                .accept(GRAPHQL_RESPONSE).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.data.node.id").isEqualTo("community:07")
                .jsonPath("$.data.node.__typename").isEqualTo("Community");
    }

    @Test
    void mutationsAreRefusedOverGet() {
        GraphQlTesters.webClient(port).get().uri(b -> b.queryParam("query", "{q}").build("mutation { anything }"))
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
                .expectHeader().valueEquals("Allow", "POST")
                .expectBody().jsonPath("$.errors[0].message").isEqualTo("Only queries may be sent with GET; send mutations with POST");
    }

    @Test
    void malformedVariablesOverGetAreABadRequestWithAGraphQlError() {
        GraphQlTesters.webClient(port).get()
                .uri(b -> b.queryParam("query", "{q}").queryParam("variables", "{v}").build("{ cities { id } }", "{oops"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void aQueryNestedDeeperThanAllowedIsTooExpensiveAndRunsNothing() {
        String deep = "{ communities(first: 1) { edges { node { id" + " compounds { community {".repeat(8) + " id"
                + " } }".repeat(8) + " } } } }";
        GraphQlTesters.countingStatements(port).document(deep).execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getMessage()).contains("maximum query depth");
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "TOO_EXPENSIVE");
        }).path("$.extensions.cypherStatements").entity(Integer.class).isEqualTo(0);
    }

    private static void isAGraphQlError(WebTestClient.ResponseSpec response, HttpStatus status) {
        response.expectStatus().isEqualTo(status)
                .expectBody()
                .jsonPath("$.errors[0].extensions.code").isEqualTo("BAD_USER_INPUT")
                .jsonPath("$.errors[0].message").value(String.class, m -> assertThat(m).doesNotContain("Exception"));
    }

    @Test
    void aNullOrEmptyOrMalformedJsonBodyIsABadRequestWithAGraphQlError() {
        for (String body : List.of("null", "", "{\"query\": ", "[]", "\"{ cities { id } }\"", "{\"query\": 5}",
                "{\"query\": \"{ cities { id } }\", \"variables\": [1]}", "{}")) {
            isAGraphQlError(GraphQlTesters.webClient(port).post().contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body).exchange(), HttpStatus.BAD_REQUEST);
        }
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupportedMediaTypeWithAGraphQlError() {
        for (String contentType : List.of("*/*", "text/plain", "application/*", "application/x-www-form-urlencoded")) {
            var result = GraphQlTesters.webClient(port).post().header("Content-Type", contentType)
                    .bodyValue("{\"query\": \"{ cities { id } }\"}".getBytes(StandardCharsets.UTF_8)).exchange()
                    .expectBody(String.class).returnResult();
            assertThat(result.getStatus()).as(contentType + ": " + result).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
            assertThat(result.getResponseHeaders().getFirst("Accept-Post")).as(contentType).contains("application/json");
            assertThat(result.getResponseBody()).as(contentType).contains("\"code\":\"BAD_USER_INPUT\"");
        }
        isAGraphQlError(GraphQlTesters.webClient(port).post().exchange(), HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void theBareDocumentAsApplicationGraphQlRuns() {
        GraphQlTesters.webClient(port).post().contentType(MediaType.parseMediaType("application/graphql"))
                .bodyValue("{ node(id: \"community:07\") { id } }").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.data.node.id").isEqualTo("community:07");
    }

    @Test
    void otherMethodsThanGetAndPostAreMethodNotAllowedWithAGraphQlError() {
        for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH)) {
            WebTestClient.ResponseSpec response = GraphQlTesters.webClient(port).method(method)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"query\": \"{ cities { id } }\"}").exchange();
            response.expectHeader().value("Allow", allow -> assertThat(allow).contains("GET").contains("POST"));
            isAGraphQlError(response, HttpStatus.METHOD_NOT_ALLOWED);
        }
    }

    @Test
    void aGetWithoutQueryIsABadRequestWithAGraphQlError() {
        isAGraphQlError(GraphQlTesters.webClient(port).get().exchange(), HttpStatus.BAD_REQUEST);
    }
}
