package org.orggraph.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gives every error of a response an {@code extensions.code} (see {@link ApiError}): errors of data fetchers
 * already have one ({@link ApiExceptionResolver}); the engine's own errors get one from their classification —
 * a syntax error is GRAPHQL_PARSE_FAILED, a document that does not fit the schema or a variable of the wrong type
 * GRAPHQL_VALIDATION_FAILED, a query deeper than allowed TOO_EXPENSIVE.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorCodeInterceptor implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(ErrorCodeInterceptor::withCodes);
    }

    private static WebGraphQlResponse withCodes(WebGraphQlResponse response) {
        List<GraphQLError> errors = response.getExecutionResult().getErrors();
        if (errors.isEmpty() || errors.stream().allMatch(e -> e.getExtensions() != null
                && e.getExtensions().containsKey("code"))) {
            return response;
        }
        List<GraphQLError> coded = new ArrayList<>(errors.size());
        for (GraphQLError error : errors) {
            coded.add(withCode(error));
        }
        return response.transform(builder -> builder.errors(coded));
    }

    private static GraphQLError withCode(GraphQLError error) {
        if (error.getExtensions() != null && error.getExtensions().containsKey("code")) {
            return error;
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.put("code", code(error.getErrorType()).name());
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError().message(error.getMessage())
                .errorType(error.getErrorType()).extensions(extensions);
        if (error.getLocations() != null) {
            builder.locations(error.getLocations());
        }
        if (error.getPath() != null) {
            builder.path(error.getPath());
        }
        return builder.build();
    }

    static ApiError code(ErrorClassification classification) {
        if (classification == ErrorType.InvalidSyntax) {
            return ApiError.GRAPHQL_PARSE_FAILED;
        }
        if (classification == ErrorType.ValidationError || classification == ErrorType.OperationNotSupported) {
            return ApiError.GRAPHQL_VALIDATION_FAILED;
        }
        if (classification == ErrorType.ExecutionAborted) {
            return ApiError.TOO_EXPENSIVE;
        }
        if (classification == org.springframework.graphql.execution.ErrorType.BAD_REQUEST) {
            return ApiError.BAD_USER_INPUT;
        }
        if (classification == org.springframework.graphql.execution.ErrorType.NOT_FOUND) {
            return ApiError.NOT_FOUND;
        }
        return ApiError.INTERNAL;
    }
}
