package org.orggraph.api;

import java.util.concurrent.CompletionStage;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import reactor.core.publisher.Mono;

/**
 * Makes the {@link Page} that a connection field's fetcher returns the local context of the connection built from
 * it, so that {@code totalCount} and the page info of an empty page can be read from it (see
 * {@link PageConnections}). Applied before the connection visitor, so it wraps the field's own fetcher.
 */
final class PageContext extends GraphQLTypeVisitorStub {

    @Override
    public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
            TraverserContext<GraphQLSchemaElement> context) {
        GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
        GraphQLFieldsContainer parent = (GraphQLFieldsContainer) context.getParentNode();
        GraphQLObjectType type = field.getType() instanceof GraphQLNonNull nonNull
                && nonNull.getWrappedType() instanceof GraphQLObjectType wrapped ? wrapped
                : field.getType() instanceof GraphQLObjectType plain ? plain : null;
        if (type != null && type.getName().endsWith("Connection") && type.getField("pageInfo") != null) {
            FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field);
            DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
            registry.dataFetcher(coordinates, (DataFetcher<Object>) env -> withContext(fetcher.get(env)));
        }
        return TraversalControl.CONTINUE;
    }

    private static Object withContext(Object value) {
        if (value instanceof CompletionStage<?> stage) {
            return stage.thenApply(PageContext::withContext);
        }
        if (value instanceof Mono<?> mono) {
            // annotated controller methods that return a future reach graphql-java as a Mono
            return mono.map(PageContext::withContext);
        }
        if (value instanceof Page<?> page) {
            return DataFetcherResult.newResult().data(page).localContext(page).build();
        }
        return value;
    }
}
