package org.orggraph.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The worst-case cost of a request, computed from its document before anything runs, and the other bounds on
 * what one request may ask ({@link ApiLimits}) and its depth. Over a bound the request is refused with
 * TOO_EXPENSIVE (depth, cost, fields, aliases, root fields) or BAD_USER_INPUT (a string argument too long), and no statement runs.
 *
 * <p>The cost of a field is {@code 1 + n × (the sum of the costs of its selected fields)}, where {@code n}, the
 * most items the field can return per parent, is
 * <ul>
 * <li>1 for a single value (scalars and enums, lists of them included, cost 1);</li>
 * <li>its {@code first} for a connection ({@code …Connection}) or a list that takes {@code first} (search,
 * evidence): the argument, or its SDL default when left out or null, or {@value PageRequests#DEFAULT_PAGE_SIZE};
 * capped at {@value PageRequests#MAX_PAGE_SIZE}. The {@code edges} and {@code nodes} of a connection count 1:
 * the page size is the connection's;</li>
 * <li>the number of ids of a list that takes {@code ids};</li>
 * <li>the {@code @fanOut(max:)} the SDL declares for any other list (the measured maximum of the Heshan data with
 * headroom, checked by {@code FanOutBoundsTest}), else {@link ApiLimits#defaultFanOut()};</li>
 * <li>1 for introspection (the schema is finite, and GraphQL Java limits repeated introspection itself).</li>
 * </ul>
 * Aliases count separately (each alias is a field of its own); fragments count where they are spread; every
 * branch of a fragment on an interface counts, as if the node had every type at once. The cost is reported in
 * {@code extensions.cost} of the response ({@link QueryCostInterceptor}).
 */
final class QueryCost extends SimplePerformantInstrumentation {

    /** Where the cost of the request is left in its GraphQL context. */
    static final String COST = QueryCost.class.getName() + ".cost";
    static final String FAN_OUT = "fanOut";
    private static final String CURSOR = "after";

    private final ApiLimits limits;
    private final int maxDepth;
    /** Costs saturate here, so that summing up to maxFields of them cannot overflow. */
    private final int saturation;

    /** A document and the operation of it that runs, when the operation declares no variables. */
    private record Literal(String document, String operationName) {
    }

    /** Within the shape bounds, the worst-case cost and the first argument too long (null when none is). */
    private record Measured(int cost, String problem) {
    }

    /** The measures of documents without variables, bounded like {@link ParsedDocuments}: by their characters. */
    private final Cache<Literal, Measured> measuredLiterals = Caffeine.newBuilder()
            .maximumWeight(ParsedDocuments.MAX_CHARACTERS)
            .<Literal, Measured>weigher((key, measured) -> key.document().length())
            .build();

    QueryCost(ApiLimits limits, int maxDepth) {
        this.limits = limits;
        this.maxDepth = maxDepth;
        this.saturation = Integer.MAX_VALUE / (limits.maxFields() + 1);
        int largestBudget = limits.roleMaxCost().values().stream().reduce(limits.maxCost(), Math::max);
        if (largestBudget >= saturation) {
            throw new IllegalArgumentException("orggraph.limits.max-cost and role-max-cost must be below "
                    + saturation + " with max-fields " + limits.maxFields());
        }
    }

    @Override
    public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        // Without variables the document alone decides the cost: measured once (the budget is still the caller's).
        boolean literal = context.getOperationDefinition().getVariableDefinitions().isEmpty();
        Measured measured = literal ? measuredLiterals.get(new Literal(context.getExecutionInput().getQuery(),
                context.getOperationDefinition().getName()), key -> measure(context)) : measure(context);
        context.getGraphQLContext().put(COST, measured.cost());
        if (measured.problem() != null) {
            throw abort(ApiError.BAD_USER_INPUT, measured.problem(), Map.of());
        }
        int budget = limits.maxCost(Caller.of(context.getGraphQLContext()));
        if (measured.cost() > budget) {
            throw abort(ApiError.TOO_EXPENSIVE, "This query could cost up to " + measured.cost() + " (page sizes"
                    + " × fan-out of every field); the budget of your role is " + budget + ". Ask for smaller pages"
                    + " (first:), fewer nested lists or fewer fields, and page through with after:",
                    Map.of("cost", measured.cost(), "maxCost", budget));
        }
        return super.beginExecuteOperation(parameters, state);
    }

    /**
     * The shape bounds first (a document over them is refused before its cost is computed: a fragment bomb would
     * never finish), then the cost and the first string argument that is too long, if any.
     */
    private Measured measure(ExecutionContext context) {
        SelectionSet operation = context.getOperationDefinition().getSelectionSet();
        Map<String, FragmentDefinition> fragments = context.getFragmentsByName();
        Shape shape = new Shape(fragments);
        long[] counted = shape.count(operation);
        int roots = shape.roots(operation, new HashSet<>());
        if (counted[2] > maxDepth) {
            // GraphQL Java's own message (MaxQueryDepthInstrumentation), counted here without expanding fragments.
            throw abort(ApiError.TOO_EXPENSIVE, "maximum query depth exceeded " + counted[2] + " > " + maxDepth,
                    Map.of());
        }
        refuseOver(counted[0], limits.maxFields(), "fields (aliases and fragments counted where used)");
        refuseOver(counted[1], limits.maxAliases(), "aliases");
        refuseOver(roots, limits.maxRootFields(), "root fields");
        List<String> problems = new ArrayList<>();
        int cost = QueryComplexityCalculator.newCalculator()
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getOperationDefinition().getName())
                .variables(context.getCoercedVariables())
                .fieldComplexityCalculator((env, children) -> cost(env, children, problems))
                .build()
                .calculate();
        return new Measured(Math.min(Math.max(cost, 0), saturation), problems.isEmpty() ? null : problems.get(0));
    }

    private static void refuseOver(long count, int max, String what) {
        if (count > max) {
            throw abort(ApiError.TOO_EXPENSIVE, "This query has " + count + " " + what + "; at most " + max
                    + " are allowed in one request", Map.of());
        }
    }

    private static AbortExecutionException abort(ApiError code, String message, Map<String, Object> details) {
        Map<String, Object> extensions = new LinkedHashMap<>(details);
        extensions.put("code", code.name());
        GraphQLError error = GraphqlErrorBuilder.newError().message(message).errorType(ErrorType.ExecutionAborted)
                .extensions(extensions).build();
        return new AbortExecutionException(List.of(error));
    }

    private int cost(FieldComplexityEnvironment env, int children, List<String> problems) {
        checkStrings(env, problems);
        long childCost = children < 0 ? saturation : children;
        long total = 1 + (long) itemsPerParent(env) * childCost;
        return (int) Math.min(total, saturation);
    }

    /** The most items the field returns for one parent: {@code n} of the formula. */
    int itemsPerParent(FieldComplexityEnvironment env) {
        GraphQLFieldDefinition field = env.getFieldDefinition();
        GraphQLOutputType type = field.getType();
        GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
        String typeName = ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type)).getName();
        if (field.getName().startsWith("__") || typeName.startsWith("__")
                || env.getParentType().getName().startsWith("__")) {
            return 1;
        }
        boolean list = GraphQLTypeUtil.isList(bare);
        if (!list && typeName.endsWith("Connection") && field.getArgument("first") != null) {
            return first(env);
        }
        if (!list) {
            return 1;
        }
        if (env.getParentType().getName().endsWith("Connection")) {
            return 1;
        }
        if (field.getArgument("first") != null) {
            return first(env);
        }
        if (field.getArgument("ids") != null) {
            return env.getArguments().get("ids") instanceof List<?> ids ? ids.size() : 0;
        }
        return fanOut(field, limits);
    }

    /** The items a list field without a page size is assumed to return per parent: its @fanOut, or the default. */
    static int fanOut(GraphQLFieldDefinition field, ApiLimits limits) {
        GraphQLAppliedDirective fanOut = field.getAppliedDirective(FAN_OUT);
        return fanOut == null ? limits.defaultFanOut() : fanOut.getArgument("max").<Integer>getValue();
    }

    private static int first(FieldComplexityEnvironment env) {
        Object first = env.getArguments().get("first");
        if (first == null) {
            first = defaultOf(env.getFieldDefinition().getArgument("first"));
        }
        int size = first instanceof Number number ? number.intValue() : PageRequests.DEFAULT_PAGE_SIZE;
        return Math.max(0, Math.min(size, PageRequests.MAX_PAGE_SIZE));
    }

    private static Object defaultOf(GraphQLArgument argument) {
        if (!argument.hasSetDefaultValue()) {
            return null;
        }
        Object value = argument.getArgumentDefaultValue().getValue();
        return value instanceof IntValue literal ? literal.getValue() : value;
    }

    private void checkStrings(FieldComplexityEnvironment env, List<String> problems) {
        for (Map.Entry<String, Object> argument : env.getArguments().entrySet()) {
            int max = CURSOR.equals(argument.getKey()) ? limits.maxCursorLength() : limits.maxStringLength();
            checkString(env.getParentType().getName() + "." + env.getField().getName() + "(" + argument.getKey(),
                    argument.getValue(), max, problems);
        }
    }

    private static void checkString(String where, Object value, int max, List<String> problems) {
        if (value instanceof CharSequence text && text.length() > max) {
            problems.add(where + "): at most " + max + " characters are allowed (got " + text.length() + ")");
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> checkString(where + "." + key, item, max, problems));
        } else if (value instanceof List<?> items) {
            items.forEach(item -> checkString(where, item, max, problems));
        }
    }

    /** Counts the fields of a document the way they run: fragments where spread, each only once computed. */
    private static final class Shape {

        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, long[]> counted = new HashMap<>();
        private final Set<String> visiting = new HashSet<>();

        Shape(Map<String, FragmentDefinition> fragments) {
            this.fragments = fragments;
        }

        /** Fields, aliased fields and the depth of the field nesting under a selection set. */
        long[] count(SelectionSet set) {
            long[] total = {0, 0, 0};
            if (set == null) {
                return total;
            }
            for (Selection<?> selection : set.getSelections()) {
                long[] part;
                if (selection instanceof Field field) {
                    long[] below = count(field.getSelectionSet());
                    part = new long[] {1 + below[0], (field.getAlias() != null ? 1 : 0) + below[1], 1 + below[2]};
                } else if (selection instanceof InlineFragment inline) {
                    part = count(inline.getSelectionSet());
                } else if (selection instanceof FragmentSpread spread) {
                    part = spread(spread.getName());
                } else {
                    continue;
                }
                total[0] = Math.min(total[0] + part[0], Integer.MAX_VALUE);
                total[1] = Math.min(total[1] + part[1], Integer.MAX_VALUE);
                total[2] = Math.max(total[2], part[2]);
            }
            return total;
        }

        private long[] spread(String name) {
            long[] known = counted.get(name);
            if (known != null) {
                return known;
            }
            FragmentDefinition fragment = fragments.get(name);
            if (fragment == null || !visiting.add(name)) {
                return new long[] {0, 0, 0};
            }
            long[] result = count(fragment.getSelectionSet());
            visiting.remove(name);
            counted.put(name, result);
            return result;
        }

        /** Fields directly under the operation, through fragments. */
        int roots(SelectionSet set, Set<String> seen) {
            int roots = 0;
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field) {
                    roots++;
                } else if (selection instanceof InlineFragment inline) {
                    roots += roots(inline.getSelectionSet(), seen);
                } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())
                        && seen.add(spread.getName())) {
                    roots += roots(fragments.get(spread.getName()).getSelectionSet(), seen);
                }
            }
            return roots;
        }
    }
}
