package org.orggraph.api;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorType;
import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Refuses a document larger than {@link ApiLimits#maxDocumentBytes()} before it is parsed, and reports the
 * worst-case cost {@link QueryCost} computed in {@code extensions.cost} of every response (0 when the request
 * did not get as far as execution: a document that does not parse or validate runs nothing).
 */
@Component
// Around api/KeptResponses (the innermost), so a kept response reports its cost too.
@Order(0)
class QueryCostInterceptor implements WebGraphQlInterceptor {

    private final ApiLimits limits;

    QueryCostInterceptor(ApiLimits limits) {
        this.limits = limits;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String document = request.getDocument();
        if (document.length() > limits.maxDocumentBytes() / 4
                && document.getBytes(StandardCharsets.UTF_8).length > limits.maxDocumentBytes()) {
            return Mono.just(tooLarge(request, document.getBytes(StandardCharsets.UTF_8).length));
        }
        return chain.next(request).map(QueryCostInterceptor::withCost);
    }

    private WebGraphQlResponse tooLarge(WebGraphQlRequest request, int bytes) {
        var error = GraphqlErrorBuilder.newError().errorType(ErrorType.ExecutionAborted)
                .message("The document has " + bytes + " bytes; at most " + limits.maxDocumentBytes()
                        + " are allowed")
                .extensions(Map.of("code", ApiError.TOO_EXPENSIVE.name())).build();
        var result = ExecutionResultImpl.newExecutionResult().errors(List.of(error))
                .extensions(Map.of("cost", 0)).build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }

    private static WebGraphQlResponse withCost(WebGraphQlResponse response) {
        Object cost = response.getExecutionInput().getGraphQLContext().get(QueryCost.COST);
        return response.transform(builder -> {
            Map<Object, Object> extensions = new LinkedHashMap<>(response.getExtensions());
            extensions.put("cost", cost == null ? 0 : cost);
            builder.extensions(extensions);
        });
    }
}
