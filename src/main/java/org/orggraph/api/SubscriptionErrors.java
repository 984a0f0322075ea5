package org.orggraph.api;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * The error boundary of subscriptions, as {@link ApiExceptionResolver} is of data fetchers: a subscription's stream
 * that fails (or a subscription method that refuses its arguments, which Spring for GraphQL turns into a failed
 * stream) ends with a GraphQL error carrying {@code extensions.code}: the {@link ApiException}'s own code and
 * message, else INTERNAL with a neutral message and the cause in the log.
 */
@Component
class SubscriptionErrors extends SubscriptionExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionErrors.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable exception) {
        if (exception instanceof ApiException api) {
            Map<String, Object> extensions = new LinkedHashMap<>(api.details());
            extensions.put("code", api.code().name());
            return GraphqlErrorBuilder.newError().message(api.getMessage()).extensions(extensions).build();
        }
        log.error("Unexpected failure of a subscription", exception);
        return GraphqlErrorBuilder.newError().message("Internal error of the subscription; the server log has the"
                + " details").extensions(Map.of("code", ApiError.INTERNAL.name())).build();
    }
}
