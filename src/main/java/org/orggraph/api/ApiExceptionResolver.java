package org.orggraph.api;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.ConstraintViolationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;

/**
 * The one error boundary of data fetchers: turns their exceptions into GraphQL errors with {@code extensions.code}.
 * Only {@link ApiException}, the project's user-facing failure, keeps its code and message; Spring for GraphQL's
 * argument binding and validation failures (a value that cannot become the argument's Java type) are the user's
 * too and become BAD_USER_INPUT, named by argument. Anything else — an {@link IllegalArgumentException} included,
 * which is a bug of the caller in Java, not a message for the user — is INTERNAL with a neutral message: no stack
 * trace, no exception class, and the cause logged once (a failure that several fields share, such as a failed
 * batch load, is logged for the first field only).
 */
@Component
class ApiExceptionResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionResolver.class);

    /** Key in the request's GraphQL context: the exceptions logged so far in this request. */
    private static final String LOGGED = ApiExceptionResolver.class.getName() + ".logged";

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof ApiException api) {
            return error(env, api.code(), api.getMessage(), api.details());
        }
        if (ex instanceof BindException bind) {
            return error(env, ApiError.BAD_USER_INPUT, bind.getFieldErrors().stream()
                    .map(e -> "argument " + argumentPath(e.getObjectName(), e.getField()) + " cannot be '"
                            + e.getRejectedValue() + "'")
                    .collect(Collectors.joining("; ", "Invalid argument: ", "")), Map.of());
        }
        if (ex instanceof ConstraintViolationException invalid) {
            return error(env, ApiError.BAD_USER_INPUT, invalid.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .collect(Collectors.joining("; ", "Invalid argument: ", "")), Map.of());
        }
        if (overLimit(ex)) {
            return error(env, ApiError.TOO_EXPENSIVE, "The query ran longer or took more memory than the server"
                    + " allows one request (orggraph.limits.read-timeout, the transaction memory limit); ask for"
                    + " smaller pages or fewer nested lists", Map.of());
        }
        if (firstTimeInRequest(ex, env)) {
            log.error("Unexpected failure in {}", env.getExecutionStepInfo().getPath(), ex);
        }
        return error(env, ApiError.INTERNAL, "Internal error while resolving " + env.getField().getName()
                + "; the server log has the details", Map.of());
    }

    /** A statement Neo4j stopped because it passed the transaction timeout or the transaction memory limit. */
    static boolean overLimit(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof Neo4jException neo4j && neo4j.code() != null
                    && (neo4j.code().contains("TransactionTimedOut") || neo4j.code().contains("OutOfMemory")
                            || neo4j.code().contains("MemoryPoolOutOfMemory"))) {
                return true;
            }
        }
        return false;
    }

    private static String argumentPath(String objectName, String field) {
        return field == null || field.isEmpty() || field.equals("$") ? objectName : objectName + "." + field;
    }

    private static boolean firstTimeInRequest(Throwable ex, DataFetchingEnvironment env) {
        if (env.getGraphQlContext() == null) {
            return true;
        }
        Set<Throwable> logged = env.getGraphQlContext().computeIfAbsent(LOGGED,
                key -> Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>())));
        return logged.add(ex);
    }

    private static GraphQLError error(DataFetchingEnvironment env, ApiError code, String message,
            Map<String, Object> details) {
        Map<String, Object> extensions = new LinkedHashMap<>(details);
        extensions.put("code", code.name());
        return GraphqlErrorBuilder.newError(env).message(message).extensions(extensions).build();
    }
}
