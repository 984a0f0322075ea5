package org.orggraph.api;

import java.time.Duration;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An {@link HttpGraphQlTester} that talks to the running app over real HTTP, like any client would. Built by the
 * test itself from the app's port, so the shared test context stays as it is.
 */
public final class GraphQlTesters {

    private GraphQlTesters() {
    }

    public static HttpGraphQlTester overHttp(int port) {
        return HttpGraphQlTester.create(webClient(port));
    }

    /** A plain HTTP client of {@code /graphql}, for what the GraphQL tester hides (status codes, GET). */
    public static WebTestClient webClient(int port) {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port + "/graphql").responseTimeout(Duration.ofSeconds(120)).build();
    }

    /** The same, asking for the request's Cypher statement count in {@code extensions.cypherStatements}. */
    public static HttpGraphQlTester countingStatements(int port) {
        return overHttp(port).mutate().header(StatementCountInterceptor.HEADER, "true").build();
    }
}
