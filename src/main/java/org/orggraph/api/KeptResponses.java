package org.orggraph.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Keeps the whole executed response of a query whose root fields are all of one {@link KeptQueries} feature (the
 * dashboard), under the document, operation, variables and extensions, the caller's roles (what the read path
 * masks depends on them), the locale, today's date and the feature's cursor read from the database for this
 * request. A poll between two changes then costs the cursor read and the response's serialization, not the
 * execution of its fields: measured on the dashboard, the execution was most of a kept request's CPU (see
 * docs/benchmarks.md). Only responses without errors are kept; the cost the first execution measured goes into the
 * context again, so {@code extensions.cost} and the request log say the same. A request that is not kept runs as
 * always, with the cursor it was checked against in its context ({@link KeptQueries#CURSOR}).
 *
 * <p>Only the newest cursor's responses are kept: when a request reads a cursor other than the last one seen,
 * what was kept is dropped (a response of an older cursor is never answered again). At most {@value #KEPT}
 * distinct requests at one cursor, each within the cost budget its first execution passed. The innermost
 * interceptor, so the statement count and the cost interceptors still wrap it.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class KeptResponses implements WebGraphQlInterceptor {

    static final int KEPT = 256;

    private record Key(String document, String operationName, Map<String, Object> variables,
            Map<String, Object> extensions, Set<Role> roles, Locale locale, LocalDate today, Object cursor) {
    }

    private record Kept(ExecutionResult result, Object cost) {
    }

    private final List<KeptQueries> features;
    private final ParsedDocuments documents;
    private final Clock clock = Clock.systemDefaultZone();
    private final Cache<Key, Kept> kept = Caffeine.newBuilder().maximumSize(KEPT).build();
    private final AtomicReference<Object> newest = new AtomicReference<>();

    KeptResponses(List<KeptQueries> features, ParsedDocuments documents) {
        this.features = features;
        this.documents = documents;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        KeptQueries feature = featureOf(request);
        if (feature == null) {
            return chain.next(request);
        }
        Object cursor;
        try {
            cursor = feature.cursor();
        } catch (RuntimeException e) {
            // the database away: the request runs, and fails, as it would without anything kept
            return chain.next(request);
        }
        if (!cursor.equals(newest.getAndSet(cursor))) {
            kept.invalidateAll();
        }
        ExecutionInput input = request.toExecutionInput();
        Key key = new Key(request.getDocument(), request.getOperationName(), request.getVariables(),
                request.getExtensions(), Caller.of(input.getGraphQLContext()).roles(), request.getLocale(),
                LocalDate.now(clock), cursor);
        Kept found = kept.getIfPresent(key);
        if (found != null) {
            if (found.cost() != null) {
                input.getGraphQLContext().put(QueryCost.COST, found.cost());
            }
            return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(input, found.result())));
        }
        request.configureExecutionInput((executionInput, builder) -> {
            executionInput.getGraphQLContext().put(KeptQueries.CURSOR, cursor);
            return executionInput;
        });
        return chain.next(request).doOnNext(response -> {
            if (response.isValid() && response.getExecutionResult().getErrors().isEmpty()
                    && response.getExecutionResult().getExtensions() == null) {
                kept.put(key, new Kept(response.getExecutionResult(),
                        response.getExecutionInput().getGraphQLContext().get(QueryCost.COST)));
            }
        });
    }

    /**
     * The feature whose root fields are all the operation's, or null: the document must have run before (parsed
     * and valid, {@link ParsedDocuments}), the operation be a query, and its root selections plain fields
     * ({@code __typename} aside), no fragments.
     */
    private KeptQueries featureOf(WebGraphQlRequest request) {
        if (features.isEmpty()) {
            return null;
        }
        Document document = documents.known(request.getDocument(), request.getLocale());
        OperationDefinition operation = document == null ? null : operation(document, request.getOperationName());
        if (operation == null || operation.getOperation() != OperationDefinition.Operation.QUERY) {
            return null;
        }
        KeptQueries chosen = null;
        for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
            if (!(selection instanceof Field field)) {
                return null;
            }
            if (field.getName().equals("__typename")) {
                continue;
            }
            KeptQueries owner = features.stream().filter(f -> f.rootFields().contains(field.getName())).findFirst()
                    .orElse(null);
            if (owner == null || (chosen != null && chosen != owner)) {
                return null;
            }
            chosen = owner;
        }
        return chosen;
    }

    private static OperationDefinition operation(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operationName == null) {
            return operations.size() == 1 ? operations.get(0) : null;
        }
        return operations.stream().filter(o -> operationName.equals(o.getName())).findFirst().orElse(null);
    }
}
