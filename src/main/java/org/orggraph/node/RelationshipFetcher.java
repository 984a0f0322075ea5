package org.orggraph.node;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.api.Page;
import org.orggraph.api.PageRequests;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;

/**
 * Serves every {@code @relationship} field by its shape, through the batched {@link Relations}: a to-one field
 * (the first target or null), a list of targets, a list of relationship records (targets with the
 * relationship's properties, e.g. {@code Membership}), or a connection (one keyset page). Self-describing, so
 * Spring for GraphQL's schema inspection sees what it returns.
 */
final class RelationshipFetcher implements SelfDescribingDataFetcher<Object> {

    enum Shape { ONE, MANY, RELATIONSHIPS, CONNECTION }

    private final String coordinates;
    private final Hop hop;
    private final Shape shape;
    private final Class<?> targetType;
    private final String elementType;
    private final Class<?> relationshipType;
    private final Relations relations;
    private final ReadPath readPath;
    private final PageRequests pages;

    RelationshipFetcher(String coordinates, Hop hop, Shape shape, Class<?> targetType, String elementType,
            Class<?> relationshipType, Relations relations, ReadPath readPath, PageRequests pages) {
        this.coordinates = coordinates;
        this.hop = hop;
        this.shape = shape;
        this.targetType = targetType;
        this.elementType = elementType;
        this.relationshipType = relationshipType;
        this.relations = relations;
        this.readPath = readPath;
        this.pages = pages;
    }

    Hop hop() {
        return hop;
    }

    Shape shape() {
        return shape;
    }

    @Override
    public Object get(DataFetchingEnvironment env) {
        Object source = env.getSource();
        String id = readPath.idOf(source);
        return switch (shape) {
            case ONE -> relations.rows(env, id, hop, readPath.selected(env.getSelectionSet().getImmediateFields()))
                    .thenApply(rows -> rows.isEmpty() ? null : rows.get(0).node());
            case MANY -> relations.rows(env, id, hop, readPath.selected(env.getSelectionSet().getImmediateFields()))
                    .thenApply(rows -> rows.stream().map(Relations.Row::node).toList());
            case RELATIONSHIPS -> relations.rows(env, id, hop).thenApply(rows -> rows.stream()
                    .map(row -> readPath.relationship(elementType, source, row.node(), row.rel())).toList());
            case CONNECTION -> relations.page(env, id, hop, pages.of(env),
                    readPath.selected(Selections.itemFields(env.getSelectionSet())))
                    .thenApply(page -> page.map(Relations.Row::node));
        };
    }

    @Override
    public String getDescription() {
        return "@relationship " + coordinates + " " + hop;
    }

    @Override
    public ResolvableType getReturnType() {
        return switch (shape) {
            case ONE -> ResolvableType.forClassWithGenerics(CompletableFuture.class, targetType);
            case MANY -> ResolvableType.forClassWithGenerics(CompletableFuture.class,
                    ResolvableType.forClassWithGenerics(List.class, targetType));
            case RELATIONSHIPS -> ResolvableType.forClassWithGenerics(CompletableFuture.class,
                    ResolvableType.forClassWithGenerics(List.class, relationshipType));
            case CONNECTION -> ResolvableType.forClassWithGenerics(CompletableFuture.class,
                    ResolvableType.forClassWithGenerics(Page.class, targetType));
        };
    }

    @Override
    public Map<String, ResolvableType> getArguments() {
        return shape == Shape.CONNECTION
                ? Map.of("first", ResolvableType.forClass(Integer.class), "after", ResolvableType.forClass(String.class))
                : Map.of();
    }

    @Override
    public boolean usesDataLoader() {
        return true;
    }
}
