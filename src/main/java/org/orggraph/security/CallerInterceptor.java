package org.orggraph.security;

import org.orggraph.api.Caller;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts the request's {@link Caller} into its GraphQL context under {@link Caller#KEY}, where the read path (masking)
 * and the cost budget find it. Read here, on the request's thread, where the security context of the HTTP
 * request is (the interceptors run before any asynchronous step).
 */
@Component
// Before api/KeptResponses, which keeps responses by the caller's roles.
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class CallerInterceptor implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Caller caller = Callers.of(SecurityContextHolder.getContext().getAuthentication());
        request.configureExecutionInput((input, builder) -> {
            input.getGraphQLContext().put(Caller.KEY, caller);
            return input;
        });
        return chain.next(request);
    }
}
