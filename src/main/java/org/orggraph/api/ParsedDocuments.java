package org.orggraph.api;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Parses and validates each distinct document once, not on every request: clients (pages, dashboards, scripts)
 * send the same few documents over and over, and parsing and validating one took a large share of the CPU of a
 * small request. What is kept is GraphQL Java's own outcome, the document or its errors, so a document that fails
 * to parse or validate fails the same way every time. Only the text of the document (and the locale of its
 * messages) is the key: variables, operation name and caller are not part of parsing or validation, and the cost
 * ({@link QueryCost}), the masking and everything else that depends on them still runs on every request.
 *
 * <p>Bounded by the characters of the documents kept ({@value #MAX_CHARACTERS}, ten of the largest documents
 * {@link ApiLimits#maxDocumentBytes()} lets in, thousands of ordinary ones); the least used go first.
 */
@Component
class ParsedDocuments implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer {

    static final int MAX_CHARACTERS = 1_000_000;

    private record Key(String document, Locale locale) {
    }

    private final Cache<Key, PreparsedDocumentEntry> entries = Caffeine.newBuilder()
            .maximumWeight(MAX_CHARACTERS)
            .<Key, PreparsedDocumentEntry>weigher((key, entry) -> key.document().length())
            .build();

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        return CompletableFuture.completedFuture(entries.get(new Key(input.getQuery(), input.getLocale()),
                key -> parseAndValidate.apply(input)));
    }

    /** The parsed and validated document of this text, if it ran before (null when unknown or not valid). */
    Document known(String document, Locale locale) {
        PreparsedDocumentEntry entry = entries.getIfPresent(new Key(document, locale));
        return entry == null || entry.hasErrors() ? null : entry.getDocument();
    }
}
