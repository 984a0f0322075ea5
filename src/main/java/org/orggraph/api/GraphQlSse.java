package org.orggraph.api;

import java.time.Duration;

import graphql.ExecutionResult;
import org.reactivestreams.Publisher;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlSseHandler;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Spring for GraphQL's SSE transport (GraphQL over Server-Sent Events, "distinct connections" mode) as a response
 * writer only: {@link GraphQlRequestHandler} reads and checks the request (size limit, content type, start-up) as
 * for any POST, then answers a client that accepts {@code text/event-stream} through this.
 *
 * <p>A subscription refused before it streams (a bad argument, over the cost budget) is sent as one {@code next}
 * event with its own errors, codes included, then {@code complete}: Spring's handler would replace them by a generic
 * "SSE handler supports only subscriptions".
 */
final class GraphQlSse extends GraphQlSseHandler {

    GraphQlSse(WebGraphQlHandler handler, Duration timeout, Duration keepAlive) {
        super(handler, timeout, keepAlive);
    }

    /** The event stream of a request already executed. */
    ServerResponse respond(ServerRequest request, Mono<WebGraphQlResponse> response) {
        return prepareResponse(request, response.map(GraphQlSse::errorsAsEvent));
    }

    private static WebGraphQlResponse errorsAsEvent(WebGraphQlResponse response) {
        if (response.getData() instanceof Publisher<?> || response.getExecutionResult().getErrors().isEmpty()) {
            return response;
        }
        ExecutionResult refused = ExecutionResult.newExecutionResult()
                .errors(response.getExecutionResult().getErrors())
                .extensions(response.getExecutionResult().getExtensions()).build();
        return response.transform(builder -> builder.data(Flux.just(refused)));
    }
}
