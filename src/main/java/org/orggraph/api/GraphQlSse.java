package org.orggraph.api;

import java.time.Duration;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlSseHandler;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Spring for GraphQL's SSE transport (GraphQL over Server-Sent Events, "distinct connections" mode) as a response
 * writer only: {@link GraphQlRequestHandler} reads and checks the request (size limit, content type, start-up) as
 * for any POST, then answers a client that accepts {@code text/event-stream} through this.
 */
final class GraphQlSse extends GraphQlSseHandler {

    GraphQlSse(WebGraphQlHandler handler, Duration timeout, Duration keepAlive) {
        super(handler, timeout, keepAlive);
    }

    /** The event stream of a request already executed. */
    ServerResponse respond(ServerRequest request, Mono<WebGraphQlResponse> response) {
        return prepareResponse(request, response);
    }
}
