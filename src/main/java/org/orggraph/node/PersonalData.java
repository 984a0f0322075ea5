package org.orggraph.node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.orggraph.api.ApiError;
import org.orggraph.api.ApiException;
import org.orggraph.api.Caller;
import org.orggraph.api.Role;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.stereotype.Component;

/**
 * Personal data by role, declared in the SDL: a field {@code @personal(mask: PHONE, reader: EDITOR)} reaches a
 * caller in clear only when one of their roles has the reach of {@code reader}, masked otherwise; an argument or
 * input field {@code @personal(reader: PLANNER)} may only be given by such a caller (filtering people by name would
 * otherwise tell a VIEWER who is who), FORBIDDEN for others; a field {@code @reach(role: PLANNER)} may only be
 * selected by such a caller.
 *
 * <p>It wraps the fetchers of the declared fields, so the rule holds on every path that reaches the object —
 * lookups, lists, relationships, search hits, drawings, evidence — and no statement changes with the role: the
 * database plans the same index seeks for everyone.
 */
@Component
public class PersonalData implements GraphQlSourceBuilderCustomizer {

    static final String DIRECTIVE = "personal";

    /** What a field declared {@code @personal} says. */
    record Rule(Mask mask, Role reader) {

        Object apply(Object source, Object value, Caller caller) {
            if (caller.has(reader) || source instanceof Personal personal && !personal.personal()) {
                return value;
            }
            return mask.apply(value);
        }
    }

    private final Map<String, Map<String, Rule>> rules = new LinkedHashMap<>();

    @Override
    public void customize(org.springframework.graphql.execution.GraphQlSource.SchemaResourceBuilder builder) {
        builder.typeVisitors(List.of(new Visitor()));
    }

    /** The personal fields of a GraphQL type, by name (empty for a type without any). */
    public Map<String, Rule> of(String type) {
        return rules.getOrDefault(type, Map.of());
    }

    private static Rule rule(GraphQLDirectiveContainer element) {
        GraphQLAppliedDirective directive = element.getAppliedDirective(DIRECTIVE);
        if (directive == null) {
            return null;
        }
        return new Rule(Mask.valueOf(argument(directive, "mask", "HIDE")),
                Role.valueOf(argument(directive, "reader", "EDITOR")));
    }

    /** An argument of the directive as written, or its SDL default. */
    private static String argument(GraphQLAppliedDirective directive, String name, String otherwise) {
        var argument = directive.getArgument(name);
        Object value = argument == null ? null : argument.getValue();
        return value == null ? otherwise : value.toString();
    }

    private final class Visitor extends GraphQLTypeVisitorStub {

        @Override
        public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
                TraverserContext<GraphQLSchemaElement> context) {
            GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
            GraphQLFieldsContainer parent = (GraphQLFieldsContainer) context.getParentNode();
            FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field);
            Rule rule = rule(field);
            if (rule != null) {
                rules.computeIfAbsent(parent.getName(), name -> new LinkedHashMap<>()).put(field.getName(), rule);
                DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
                DataFetcher<Object> masking = env -> masked(env, fetcher.get(env), rule);
                // Masking a property is still reading a property: no I/O, no thread-locals (the caller is in the
                // GraphQL context). Marked trivial like the property fetcher it wraps, Spring for GraphQL neither
                // propagates the context around it nor observes it: that was, for every person's name of a nested
                // list, a large share of the CPU of the request.
                registry.dataFetcher(coordinates, fetcher instanceof TrivialDataFetcher<?>
                        ? (TrivialDataFetcher<Object>) masking::get : masking);
            }
            List<Guard> guards = guards(field);
            GraphQLAppliedDirective reach = field.getAppliedDirective("reach");
            if (reach != null) {
                guards.add(new Guard(List.of(), Role.valueOf(argument(reach, "role", "ADMIN"))));
            }
            if (!guards.isEmpty()) {
                DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
                registry.dataFetcher(coordinates, (DataFetcher<Object>) env -> {
                    Caller caller = Caller.of(env.getGraphQlContext());
                    for (Guard guard : guards) {
                        guard.check(env.getArguments(), caller);
                    }
                    return fetcher.get(env);
                });
            }
            return TraversalControl.CONTINUE;
        }

        private Object masked(DataFetchingEnvironment env, Object value, Rule rule) {
            Caller caller = Caller.of(env.getGraphQlContext());
            if (value instanceof CompletionStage<?> stage) {
                return stage.thenApply(v -> rule.apply(env.getSource(), v, caller));
            }
            return rule.apply(env.getSource(), value, caller);
        }

        private List<Guard> guards(GraphQLFieldDefinition field) {
            List<Guard> guards = new ArrayList<>();
            for (GraphQLArgument argument : field.getArguments()) {
                collect(List.of(argument.getName()), argument, argument.getType(), guards, 0);
            }
            return guards;
        }

        private void collect(List<String> path, GraphQLDirectiveContainer element, GraphQLInputType type,
                List<Guard> guards, int depth) {
            Rule rule = rule(element);
            if (rule != null) {
                guards.add(new Guard(path, rule.reader()));
            }
            GraphQLType bare = GraphQLTypeUtil.unwrapAll(type);
            if (bare instanceof GraphQLInputObjectType input && depth < 3) {
                for (GraphQLInputObjectField inner : input.getFieldDefinitions()) {
                    List<String> innerPath = new ArrayList<>(path);
                    innerPath.add(inner.getName());
                    collect(innerPath, inner, inner.getType(), guards, depth + 1);
                }
            }
        }
    }

    /** An argument (or a field inside an input argument) that only callers with {@code reader}'s reach may give. */
    private record Guard(List<String> path, Role reader) {

        void check(Map<String, Object> arguments, Caller caller) {
            if (path.isEmpty()) {
                if (!caller.has(reader)) {
                    throw new ApiException(ApiError.FORBIDDEN, "Only a " + reader + " or a role above it may see this"
                            + " field");
                }
                return;
            }
            Object value = arguments;
            for (String key : path) {
                if (!(value instanceof Map<?, ?> map)) {
                    return;
                }
                value = map.get(key);
            }
            if (value != null && !caller.has(reader)) {
                throw new ApiException(ApiError.FORBIDDEN, "Only a " + reader + " or a role above it may use "
                        + String.join(".", path) + ": it names people", Map.of("argument", String.join(".", path)));
            }
        }
    }
}
