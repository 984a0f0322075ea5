package org.orggraph.api;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.GraphQLError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * One log line per GraphQL request, on the logger {@value #LOGGER}: the operation, how long it took, its worst-case
 * cost ({@link QueryCost}), the Cypher statements it sent and its outcome ({@code ok} or the error codes). The values
 * are also key-value pairs, so that the JSON log ({@code --logging.structured.format.console=ecs}) has them as
 * fields. {@code --logging.level.orggraph.requests=warn} turns the lines off.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestLogInterceptor implements WebGraphQlInterceptor {

    static final String LOGGER = "orggraph.requests";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    private final CypherStatementCounter counter;

    RequestLogInterceptor(CypherStatementCounter counter) {
        this.counter = counter;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!log.isInfoEnabled()) {
            return chain.next(request);
        }
        long started = System.nanoTime();
        AtomicInteger statements = new AtomicInteger();
        return Mono.defer(() -> Mono.fromFuture(counter.counting(statements, () -> chain.next(request).toFuture())))
                .doOnNext(response -> log(request, response, (System.nanoTime() - started) / 1_000_000,
                        statements.get()));
    }

    private static void log(WebGraphQlRequest request, WebGraphQlResponse response, long millis, int statements) {
        String operation = request.getOperationName() == null ? "-" : request.getOperationName();
        Object cost = response.getExecutionInput().getGraphQLContext().getOrDefault(QueryCost.COST, 0);
        String outcome = outcome(response.getExecutionResult().getErrors());
        log.atInfo()
                .addKeyValue("operation", operation)
                .addKeyValue("durationMs", millis)
                .addKeyValue("cost", cost)
                .addKeyValue("statements", statements)
                .addKeyValue("outcome", outcome)
                .log("GraphQL {} in {} ms, cost {}, {} statements: {}", operation, millis, cost, statements, outcome);
    }

    /** {@code ok}, or the errors' codes: their {@code extensions.code}, or the one {@link ErrorCodeInterceptor} gives them. */
    private static String outcome(List<GraphQLError> errors) {
        if (errors.isEmpty()) {
            return "ok";
        }
        return String.join(",", errors.stream().map(error -> {
            Map<String, Object> extensions = error.getExtensions();
            Object code = extensions == null ? null : extensions.get("code");
            return code != null ? code.toString() : ErrorCodeInterceptor.code(error.getErrorType()).name();
        }).distinct().toList());
    }
}
