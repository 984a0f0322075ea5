package org.orggraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.ApiLimits;
import org.orggraph.api.Caller;
import org.orggraph.api.GraphQlTesters;
import org.orggraph.api.GraphQlTesters.TestUser;
import org.orggraph.api.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Nothing answers without credentials but health and the login page; /graphql takes HTTP Basic and JWT bearer
 * tokens and refuses everything else with 401 and a GraphQL error; pages send the browser to the login page; each
 * role gets its own cost budget; a failed login is in the audit trail; HTML pages carry the hygiene headers; CORS
 * is closed.
 */
@OrgGraphTest
class SecurityTest {

    private static final String CITIES = "{\"query\": \"{ cities { id name } }\"}";

    @LocalServerPort
    int port;

    @Autowired
    ApiLimits limits;

    @Autowired
    org.neo4j.driver.Driver driver;

    private WebTestClient site() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(60))
                .build();
    }

    @Test
    void anAnonymousRequestToGraphQlIs401WithAGraphQlErrorAndNothingRuns() {
        for (String body : List.of(CITIES, "{\"query\": \"{ __schema { types { name } } }\"}")) {
            GraphQlTesters.anonymous(port).post().contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, v -> assertThat(v).contains("Basic", "Bearer"))
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                    .expectBody()
                    .jsonPath("$.data").doesNotExist()
                    .jsonPath("$.errors[0].extensions.code").isEqualTo("UNAUTHENTICATED")
                    .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("Basic"));
        }
        GraphQlTesters.anonymous(port).get().uri(b -> b.queryParam("query", "{q}").build("{ cities { id } }"))
                .exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aWrongPasswordIs401AndRecordedInTheAuditTrailWithWhoWhenAndFromWhere() {
        String intruder = "intruder-" + UUID.randomUUID().toString().substring(0, 8);
        for (String user : List.of(intruder, TestUser.VIEWER.username())) {
            GraphQlTesters.anonymous(port).post().header(HttpHeaders.AUTHORIZATION, GraphQlTesters.basic(user, "guess-1234"))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(CITIES).exchange()
                    .expectStatus().isUnauthorized()
                    .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("UNAUTHENTICATED");
        }

        List<Map<String, Object>> trail = GraphQlTesters.overHttp(port).documentName("audit-trail")
                .variable("first", 100).execute().path("auditTrail.nodes").entityList(Map.class).get()
                .stream().map(entry -> (Map<String, Object>) entry).toList();
        Map<String, Object> entry = trail.stream().filter(e -> intruder.equals(e.get("actor"))).findFirst()
                .orElseThrow(() -> new AssertionError("no audit entry for " + intruder + " in " + trail));
        assertThat(entry).containsEntry("action", "login").containsEntry("outcome", "refused: bad credentials")
                .containsEntry("ids", List.of());
        assertThat((String) entry.get("origin")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat((String) entry.get("id")).startsWith("audit:");
        assertThat((String) entry.get("at")).isNotBlank();
        assertThat(trail).anyMatch(e -> TestUser.VIEWER.username().equals(e.get("actor")));
        assertThat(trail.toString()).doesNotContain("guess-1234");
    }

    @Test
    void theAuditTrailIsForAdminOnly() {
        for (Role role : List.of(Role.VIEWER, Role.PLANNER, Role.EDITOR, Role.ANALYST)) {
            GraphQlTesters.as(port, role).documentName("audit-trail").execute().errors().satisfy(errors -> {
                assertThat(errors).as(role.name()).hasSize(1);
                assertThat(errors.get(0).getExtensions()).containsEntry("code", "FORBIDDEN");
            });
        }
        GraphQlTesters.as(port, Role.ADMIN).documentName("audit-trail").execute().path("auditTrail.nodes")
                .hasValue();
        // The administrator of orggraph.admin.* is an ADMIN too.
        HttpGraphQlTester admin = HttpGraphQlTester.create(GraphQlTesters.anonymous(port).mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, GraphQlTesters.basic(GraphQlTesters.ADMIN_ACCOUNT,
                        GraphQlTesters.ADMIN_ACCOUNT_PASSWORD)).build());
        admin.documentName("audit-trail").execute().path("auditTrail.nodes").hasValue();
    }

    @Test
    void everyRoleLogsInWithBasicAndGetsItsOwnCostBudgetViewersTheSmallest() {
        int viewer = limits.maxCost(new Caller("v", java.util.Set.of(Role.VIEWER)));
        int planner = limits.maxCost(new Caller("p", java.util.Set.of(Role.PLANNER)));
        for (Role role : Role.values()) {
            assertThat(limits.maxCost(new Caller("x", java.util.Set.of(role)))).as(role.name())
                    .isGreaterThanOrEqualTo(viewer);
            GraphQlTesters.as(port, role).document("{ cities { name } }").execute().path("cities[0].name")
                    .entity(String.class).isEqualTo("鹤山市");
        }
        assertThat(viewer).isLessThan(planner);

        GraphQlTester.Response asPlanner = GraphQlTesters.as(port, Role.PLANNER).documentName("units-with-member-pages")
                .execute();
        asPlanner.errors().verify();
        int cost = ((Number) asPlanner.returnResponse().getExtensions().get("cost")).intValue();
        assertThat(cost).as("the query's worst case lies between the two budgets").isGreaterThan(viewer)
                .isLessThanOrEqualTo(planner);
        GraphQlTesters.as(port, Role.VIEWER).documentName("units-with-member-pages").execute().errors()
                .satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "TOO_EXPENSIVE")
                            .containsEntry("maxCost", viewer);
                });
    }

    @Test
    void pagesSendTheBrowserToTheLoginPageChineseByDefault() {
        for (String page : List.of("/graphiql", "/browser/", "/")) {
            site().get().uri(page).accept(MediaType.TEXT_HTML).exchange().expectStatus().isFound()
                    .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).endsWith("/login"));
        }
        String chinese = site().get().uri("/login").accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(chinese).contains("lang=\"zh-CN\"", "登录", "用户名", "密码", "name=\"_csrf\"")
                .doesNotContain("https://", "<script");
        String english = site().get().uri("/login?lang=en").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(english).contains("lang=\"en\"", "Log in", "User name", "Password");
        String preferred = site().get().uri("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.8")
                .exchange().expectBody(String.class).returnResult().getResponseBody();
        assertThat(preferred).contains("User name");
        site().get().uri("/login/login.css").exchange().expectStatus().isOk();
    }

    @Test
    void anUploadWithoutCredentialsIs401AndAViewersIs403EachWithItsCodeAndNothingIsImported() {
        var parts = new org.springframework.http.client.MultipartBodyBuilder();
        parts.part("files", new org.springframework.core.io.ByteArrayResource(
                "id,name\nt:street:refused,拒绝街\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "Street.csv";
            }
        });
        var body = parts.build();
        // no credentials: the CSRF check, which runs first, no longer answers a bare 403
        site().post().uri("/api/import").contentType(MediaType.MULTIPART_FORM_DATA).bodyValue(body).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, v -> assertThat(v).contains("Basic"))
                .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("UNAUTHENTICATED");
        site().post().uri("/api/import").header(HttpHeaders.AUTHORIZATION, TestUser.VIEWER.basic())
                .contentType(MediaType.MULTIPART_FORM_DATA).bodyValue(body).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("FORBIDDEN")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("EDITOR"));
        assertThat(driver.executableQuery("MATCH (s:Street {id: 't:street:refused'}) RETURN count(s) AS n").execute()
                .records().get(0).get("n").asLong()).isZero();
    }

    @Test
    void anApiClientWithoutCredentialsGets401NotTheLoginPage() {
        site().get().uri("/").accept(MediaType.APPLICATION_JSON).exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("UNAUTHENTICATED");
        site().get().uri("/actuator/info").exchange().expectStatus().isUnauthorized();
    }

    /** Found by the outsider's trial (docs/operations.md): GET /error answered anyone 500 {"status":999}. */
    @Test
    void theErrorPathAskedForDirectlyIsRefusedNotA500() {
        site().get().uri("/error").exchange().expectStatus().isUnauthorized();
        site().get().uri("/error").header(HttpHeaders.AUTHORIZATION, TestUser.VIEWER.basic()).exchange()
                .expectStatus().isForbidden();
        // the container's own error dispatch still renders: an unknown page is 404 with its JSON
        site().get().uri("/no-such-page").header(HttpHeaders.AUTHORIZATION, TestUser.VIEWER.basic()).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.status").isEqualTo(404);
    }

    @Test
    void healthAnswersAnyoneButShowsItsDetailsToAdminOnly() {
        site().get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("UP").jsonPath("$.components").doesNotExist()
                .jsonPath("$.details").doesNotExist();
        site().get().uri("/actuator/health").header(HttpHeaders.AUTHORIZATION, TestUser.VIEWER.basic()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.components").doesNotExist();
        site().get().uri("/actuator/health").header(HttpHeaders.AUTHORIZATION, TestUser.TEST_ADMIN.basic())
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.components.graph.details.schemaVersion").exists();
    }

    @Test
    void everyHtmlPageCarriesTheHygieneHeaders() {
        record Page(String path, String authorization) {
        }
        for (Page page : List.of(new Page("/login", null), new Page("/graphiql", TestUser.PLANNER.basic()),
                new Page("/browser/", TestUser.ANALYST.basic()))) {
            WebTestClient.RequestHeadersSpec<?> request = site().get().uri(page.path()).accept(MediaType.TEXT_HTML);
            if (page.authorization() != null) {
                request = request.header(HttpHeaders.AUTHORIZATION, page.authorization());
            }
            request.exchange().expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp)
                            .contains("default-src 'self'", "script-src 'self';", "frame-ancestors 'none'")
                            .doesNotContain("unsafe-eval"))
                    .expectHeader().valueEquals("X-Frame-Options", "DENY")
                    .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                    .expectHeader().valueEquals("Referrer-Policy", "same-origin");
        }
    }

    @Test
    void corsIsClosedToOtherOrigins() {
        site().options().uri("/graphql").header(HttpHeaders.ORIGIN, "http://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type,authorization")
                .exchange().expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        GraphQlTesters.webClient(port).post().header(HttpHeaders.ORIGIN, "http://evil.example")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(CITIES).exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        // The app's own pages are not cross-origin: GraphiQL's fetch sends the same Origin and is answered.
        GraphQlTesters.webClient(port).post().header(HttpHeaders.ORIGIN, "http://localhost:" + port)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(CITIES).exchange()
                .expectStatus().isEqualTo(HttpStatus.OK);
    }
}
