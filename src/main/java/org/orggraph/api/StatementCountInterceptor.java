package org.orggraph.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Counts the Cypher statements of each GraphQL request. A client that sends the header
 * {@value #HEADER}{@code : true} gets the count back as {@code extensions.cypherStatements}: the way to check,
 * from outside, that a query costs a number of statements bounded by its shape.
 */
@Component
// Around api/KeptResponses (the innermost), so the cursor read of a kept response is counted.
@Order(0)
class StatementCountInterceptor implements WebGraphQlInterceptor {

    static final String HEADER = "OrgGraph-Statement-Count";

    private final CypherStatementCounter counter;

    StatementCountInterceptor(CypherStatementCounter counter) {
        this.counter = counter;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        AtomicInteger statements = new AtomicInteger();
        boolean report = "true".equalsIgnoreCase(request.getHeaders().getFirst(HEADER));
        // Subscribing runs the execution; its synchronous part (all of it, with blocking data fetchers) is counted.
        return Mono.defer(() -> Mono.fromFuture(counter.counting(statements, () -> chain.next(request).toFuture())))
                .map(response -> report ? withCount(response, statements.get()) : response);
    }

    private static WebGraphQlResponse withCount(WebGraphQlResponse response, int statements) {
        return response.transform(builder -> {
            Map<Object, Object> extensions = new LinkedHashMap<>(response.getExtensions());
            extensions.put("cypherStatements", statements);
            builder.extensions(extensions);
        });
    }
}
