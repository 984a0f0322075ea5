package org.orggraph.api;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Registers each GraphQL request that came over HTTP with {@link RunningRequests} while it executes, so that
 * {@link DisconnectWatch} can stop its reads when the client goes away. Innermost of the interceptors (after the
 * log, the cost check and the statement count), so that a refused request is never registered. The request ends
 * before its answer goes on: the watch never reads the connection while the answer is written.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DisconnectInterceptor implements WebGraphQlInterceptor {

    private final RunningRequests requests;

    DisconnectInterceptor(RunningRequests requests) {
        this.requests = requests;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!(request.getAttributes().get(ClientConnection.ATTRIBUTE) instanceof ClientConnection connection)) {
            return chain.next(request);
        }
        return Mono.defer(() -> {
            AtomicReference<CompletableFuture<WebGraphQlResponse>> execution = new AtomicReference<>();
            RunningRequests.Running running = requests.running(request.getId(), connection,
                    () -> execution.updateAndGet(none -> chain.next(request).toFuture()));
            // whenComplete: the request ends before anything downstream sees the answer
            return Mono.fromFuture(execution.get().whenComplete((response, failure) -> running.end()))
                    .doOnCancel(running::end);
        });
    }
}
