package org.orggraph.api;

import java.util.List;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

/** The error boundary without the app: which exceptions are the user's, and what the rest leaves behind. */
@ExtendWith(OutputCaptureExtension.class)
class ApiExceptionResolverTest {

    private final ApiExceptionResolver resolver = new ApiExceptionResolver();

    private static DataFetchingEnvironment env(GraphQLContext context) {
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .mergedField(MergedField.newMergedField(Field.newField("people").build()).build())
                .executionStepInfo(ExecutionStepInfo.newExecutionStepInfo().type(Scalars.GraphQLString)
                        .path(ResultPath.rootPath().segment("people")).build())
                .graphQLContext(context).build();
    }

    private GraphQLError resolve(Throwable ex, DataFetchingEnvironment env) {
        List<GraphQLError> errors = resolver.resolveException(ex, env).block();
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    @Test
    void theApisOwnExceptionKeepsItsCodeAndMessage() {
        GraphQLError error = resolve(ApiException.badInput("first must not be negative (got -1)"),
                env(GraphQLContext.newContext().build()));
        assertThat(error.getMessage()).isEqualTo("first must not be negative (got -1)");
        assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
    }

    @Test
    void anIllegalArgumentExceptionIsInternalWithoutClassOrStackTraceAndLoggedOnce(CapturedOutput output) {
        DataFetchingEnvironment env = env(GraphQLContext.newContext().build());
        IllegalArgumentException bug = new IllegalArgumentException("Not a property name: na-me");

        GraphQLError first = resolve(bug, env);
        GraphQLError second = resolve(bug, env); // the same failure reaching a second field (a shared batch load)

        for (GraphQLError error : List.of(first, second)) {
            assertThat(error.getExtensions()).containsEntry("code", "INTERNAL");
            assertThat(error.getMessage()).doesNotContain("IllegalArgument").doesNotContain("na-me")
                    .doesNotContain("at org.");
        }
        assertThat(output.getAll().split("Unexpected failure in", -1)).hasSize(2);
        assertThat(output.getAll()).contains("java.lang.IllegalArgumentException: Not a property name: na-me")
                .contains("\tat org.orggraph.api.ApiExceptionResolverTest");
    }

    @Test
    void aValueSpringCannotBindToTheArgumentIsBadUserInputNamingTheArgument() {
        BindException bind = new BindException(new Object(), "filter");
        bind.addError(new FieldError("filter", "label", "PLANET", true, null, null, "Failed to convert argument value"));

        GraphQLError error = resolve(bind, env(GraphQLContext.newContext().build()));

        assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
        assertThat(error.getMessage()).isEqualTo("Invalid argument: argument filter.label cannot be 'PLANET'")
                .doesNotContain("Exception").doesNotContain("java.");
    }

    @Test
    void aStatementStoppedByTheTransactionTimeoutOrMemoryLimitIsTooExpensive() {
        for (String code : List.of("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
                "Neo.TransientError.General.MemoryPoolOutOfMemoryError")) {
            var stopped = new java.util.concurrent.CompletionException(
                    new org.neo4j.driver.exceptions.ClientException(code, "The transaction has been terminated."));

            GraphQLError error = resolve(stopped, env(GraphQLContext.newContext().build()));

            assertThat(error.getExtensions()).as(code).containsEntry("code", "TOO_EXPENSIVE");
            assertThat(error.getMessage()).doesNotContain("Neo.").doesNotContain("Exception");
        }
    }
}
