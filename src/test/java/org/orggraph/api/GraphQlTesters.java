package org.orggraph.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

import java.net.URI;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An {@link HttpGraphQlTester} that talks to the running app over real HTTP, like any client would, logged in with
 * HTTP Basic as one of the test users of {@code application-test.yml} ({@link TestUser}); ADMIN unless a test asks
 * for another role with {@link #as(int, Role)}. Built by the test itself from the app's port, so the shared test
 * context stays as it is.
 */
public final class GraphQlTesters {

    private GraphQlTesters() {
    }

    /**
     * The users of the test profile, one per role: name and password in plain text (the profile has their bcrypt
     * hashes). Test-only credentials.
     */
    public enum TestUser {
        VIEWER(Role.VIEWER), PLANNER(Role.PLANNER), EDITOR(Role.EDITOR), ANALYST(Role.ANALYST),
        TEST_ADMIN(Role.ADMIN);

        private final Role role;

        TestUser(Role role) {
            this.role = role;
        }

        public static TestUser of(Role role) {
            for (TestUser user : values()) {
                if (user.role == role) {
                    return user;
                }
            }
            throw new IllegalArgumentException(role.name());
        }

        public Role role() {
            return role;
        }

        public String username() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public String password() {
            return role.name().toLowerCase(Locale.ROOT) + "-test-password";
        }

        /** The value of an {@code Authorization} header logging in as this user. */
        public String basic() {
            return GraphQlTesters.basic(username(), password());
        }
    }

    /** The administrator account of {@code orggraph.admin.*} in the test profile. */
    public static final String ADMIN_ACCOUNT = "admin";
    public static final String ADMIN_ACCOUNT_PASSWORD = "admin-account-test-password";

    public static HttpGraphQlTester overHttp(int port) {
        return HttpGraphQlTester.create(webClient(port));
    }

    /** The GraphQL tester logged in as the test user of this role. */
    public static HttpGraphQlTester as(int port, Role role) {
        return HttpGraphQlTester.create(webClient(port, TestUser.of(role).basic()));
    }

    /**
     * A GraphQL tester over WebSocket ({@code ws://localhost:port/graphql}, graphql-transport-ws), logged in with HTTP
     * Basic on the handshake as the test user of this role; {@code null}: without credentials.
     */
    public static WebSocketGraphQlTester overWebSocket(int port, Role role) {
        var builder = WebSocketGraphQlTester.builder(URI.create("ws://localhost:" + port + "/graphql"),
                new org.springframework.web.reactive.socket.client.StandardWebSocketClient());
        if (role != null) {
            builder.header(HttpHeaders.AUTHORIZATION, TestUser.of(role).basic());
        }
        return builder.build();
    }

    /** A plain HTTP client of {@code /graphql} as ADMIN, for what the GraphQL tester hides (status codes, GET). */
    public static WebTestClient webClient(int port) {
        return webClient(port, TestUser.TEST_ADMIN.basic());
    }

    /** A plain HTTP client of {@code /graphql} without credentials. */
    public static WebTestClient anonymous(int port) {
        return builder(port).build();
    }

    private static WebTestClient webClient(int port, String authorization) {
        return builder(port).defaultHeader(HttpHeaders.AUTHORIZATION, authorization).build();
    }

    private static WebTestClient.Builder builder(int port) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql")
                .responseTimeout(Duration.ofSeconds(120));
    }

    /** The same, asking for the request's Cypher statement count in {@code extensions.cypherStatements}. */
    public static HttpGraphQlTester countingStatements(int port) {
        return overHttp(port).mutate().header(StatementCountInterceptor.HEADER, "true").build();
    }

    /** An HTTP Basic {@code Authorization} header value. */
    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
