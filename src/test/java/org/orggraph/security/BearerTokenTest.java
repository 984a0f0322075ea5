package org.orggraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.GraphQlTesters;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * JWT bearer tokens of the configured issuer work on /graphql, their roles taken from the {@code roles} claim;
 * tokens of another key or expired ones are 401 UNAUTHENTICATED and recorded as failed logins (never the token).
 */
@OrgGraphTest
class BearerTokenTest {

    @LocalServerPort
    int port;

    private HttpGraphQlTester bearer(String token) {
        return HttpGraphQlTester.create(GraphQlTesters.anonymous(port).mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build());
    }

    @Test
    void aTokenOfTheIssuerLogsInWithTheRolesOfItsClaim() {
        bearer(JwtTokens.issued("wang.fang", List.of("planner"))).document("{ cities { name } }").execute()
                .path("cities[0].name").entity(String.class).isEqualTo("鹤山市");
        bearer(JwtTokens.issued("wang.fang", List.of("viewer", "planner"))).documentName("audit-trail").execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "FORBIDDEN"));
        bearer(JwtTokens.issued("chen.jing", List.of("ADMIN", "some-other-group"))).documentName("audit-trail")
                .execute().path("auditTrail.nodes").hasValue();
    }

    @Test
    void aForeignOrExpiredTokenIs401AndAFailedLogin() {
        for (String token : List.of(JwtTokens.ofAStranger("mallory", List.of("ADMIN")),
                JwtTokens.expired("wang.fang", List.of("ADMIN")))) {
            GraphQlTesters.anonymous(port).post().header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"query\": \"{ cities { id } }\"}")
                    .exchange().expectStatus().isUnauthorized()
                    .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("UNAUTHENTICATED");
        }
        List<?> trail = GraphQlTesters.overHttp(port).documentName("audit-trail").variable("first", 50).execute()
                .path("auditTrail.nodes").entityList(Map.class).get();
        assertThat(trail).anyMatch(e -> "(bearer token)".equals(((Map<?, ?>) e).get("actor")));
        assertThat(trail.toString()).doesNotContain("eyJ");
    }
}
