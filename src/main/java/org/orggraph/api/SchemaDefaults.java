package org.orggraph.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLInputValueDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.springframework.stereotype.Component;

/**
 * An explicit {@code null} for an argument that has a default in the SDL means that default: {@code orderBy: null}
 * sorts like no {@code orderBy}, {@code first: null} is the default page size. GraphQL itself passes the null on
 * (the default only applies when the argument is left out), so every fetcher would have to repeat the SDL's
 * defaults in Java; this puts them back once, for every field, before the fetcher runs. The same holds for fields
 * of input objects (also inside lists) that declare a default. The defaults live only in the SDL.
 *
 * <p>Fetchers of fields without any default in their arguments are not wrapped, nor are trivial property fetchers.
 */
@Component
class SchemaDefaults extends SimplePerformantInstrumentation {

    /** Whether a field has a default anywhere in its arguments; schema objects are immutable, so this is stable. */
    private final Map<GraphQLFieldDefinition, Boolean> hasDefaults = new ConcurrentHashMap<>();

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        GraphQLFieldDefinition field = parameters.getField();
        if (parameters.isTrivialDataFetcher() || field.getArguments().isEmpty()
                || !hasDefaults.computeIfAbsent(field, SchemaDefaults::declaresDefaults)) {
            return dataFetcher;
        }
        return env -> {
            Map<String, Object> arguments = withDefaults(field, env.getArguments());
            return dataFetcher.get(arguments == env.getArguments() ? env
                    : DataFetchingEnvironmentImpl.newDataFetchingEnvironment(env).arguments(arguments).build());
        };
    }

    /** The arguments with each explicit null that has a default replaced by it; the same map when none is. */
    static Map<String, Object> withDefaults(GraphQLFieldDefinition field, Map<String, Object> arguments) {
        return withDefaults(field.getArguments(), arguments);
    }

    /**
     * The values of arguments or input-object fields ({@code definitions}) with each explicit null that has a
     * default replaced by it, and likewise inside their values; the same map when nothing is replaced.
     */
    private static Map<String, Object> withDefaults(List<? extends GraphQLInputValueDefinition> definitions,
            Map<String, Object> values) {
        Map<String, Object> result = values;
        for (GraphQLInputValueDefinition definition : definitions) {
            String name = definition.getName();
            if (!values.containsKey(name)) {
                continue;
            }
            Object value = values.get(name);
            Object replaced = value == null ? defaultOf(definition) : withDefaults(definition.getType(), value);
            if (replaced != value) {
                if (result == values) {
                    result = new LinkedHashMap<>(values);
                }
                result.put(name, replaced);
            }
        }
        return result;
    }

    /** The SDL default, coerced as graphql-java coerces an omitted argument; null when there is none. */
    private static Object defaultOf(GraphQLInputValueDefinition definition) {
        if (definition instanceof GraphQLArgument argument && argument.hasSetDefaultValue()) {
            return GraphQLArgument.getArgumentDefaultValue(argument);
        }
        if (definition instanceof GraphQLInputObjectField field && field.hasSetDefaultValue()) {
            return GraphQLInputObjectField.getInputFieldDefaultValue(field);
        }
        return null;
    }

    /** A non-null value of an input type with its defaulted nulls replaced, in lists and input objects. */
    @SuppressWarnings("unchecked")
    private static Object withDefaults(GraphQLInputType type, Object value) {
        GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
        if (bare instanceof GraphQLList list && value instanceof List<?> items) {
            List<Object> result = null;
            for (int i = 0; i < items.size(); i++) {
                Object item = items.get(i);
                Object replaced = item == null ? null : withDefaults((GraphQLInputType) list.getWrappedType(), item);
                if (replaced != item) {
                    if (result == null) {
                        result = new ArrayList<>(items);
                    }
                    result.set(i, replaced);
                }
            }
            return result == null ? value : result;
        }
        if (bare instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
            return withDefaults(object.getFieldDefinitions(), (Map<String, Object>) fields);
        }
        return value;
    }

    private static boolean declaresDefaults(GraphQLFieldDefinition field) {
        Set<GraphQLInputObjectType> seen = ConcurrentHashMap.newKeySet();
        return field.getArguments().stream()
                .anyMatch(argument -> argument.hasSetDefaultValue() || declaresDefaults(argument.getType(), seen));
    }

    private static boolean declaresDefaults(GraphQLType type, Set<GraphQLInputObjectType> seen) {
        GraphQLType bare = GraphQLTypeUtil.unwrapAll(type);
        if (!(bare instanceof GraphQLInputObjectType object) || !seen.add(object)) {
            return false;
        }
        return object.getFieldDefinitions().stream()
                .anyMatch(inputField -> inputField.hasSetDefaultValue() || declaresDefaults(inputField.getType(), seen));
    }
}
