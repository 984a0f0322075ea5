package org.orggraph.api;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions from data fetchers into GraphQL errors with {@code extensions.code}. Known failures keep
 * their message; anything else is logged with its stack trace and reaches the client only as INTERNAL with a
 * neutral message.
 */
@Component
class ApiExceptionResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionResolver.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof ApiException api) {
            return error(env, api.code(), api.getMessage(), api.details());
        }
        if (ex instanceof IllegalArgumentException bad) {
            return error(env, ApiError.BAD_USER_INPUT, bad.getMessage(), Map.of());
        }
        log.error("Unexpected failure in {}", env.getExecutionStepInfo().getPath(), ex);
        return error(env, ApiError.INTERNAL, "Internal error while resolving " + env.getField().getName()
                + "; the server log has the details", Map.of());
    }

    private static GraphQLError error(DataFetchingEnvironment env, ApiError code, String message,
            Map<String, Object> details) {
        Map<String, Object> extensions = new LinkedHashMap<>(details);
        extensions.put("code", code.name());
        return GraphqlErrorBuilder.newError(env).message(message).extensions(extensions).build();
    }
}
