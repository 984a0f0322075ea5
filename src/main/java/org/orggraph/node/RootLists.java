package org.orggraph.node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValue;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.orggraph.api.CypherFiles;
import org.orggraph.api.Filters;
import org.orggraph.api.Page;
import org.orggraph.api.SortDirection;
import org.orggraph.api.SortKey;
import org.orggraph.model.NodeLabel;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.stereotype.Component;

/**
 * Root lists declared in the SDL: a {@code Query} field with {@code @list(cypher: "feature/name")} is answered by
 * {@link ListQuery} with that file's {@code MATCH … WHERE}. Its arguments become the statement's parameters (the
 * fields of a {@code filter} input one by one, absent ones {@code null}); an argument or input field marked
 * {@code @idOf(labels: […])} must be an id of one of those labels; {@code orderBy} sorts by the property its enum
 * value names with {@code @sortBy} (or the list's {@code sortProperties}), {@code direction} ASC or DESC, ties by id.
 * A list needs no Java; a declaration that names a missing file or an unsortable value stops the start.
 */
@Component
class RootLists extends SdlWiring {

    private static final Set<String> PAGING = Set.of("first", "after", "orderBy", "direction");

    private final ListQuery lists;
    private final ReadPath readPath;
    private final CypherFiles cypher;

    RootLists(ListQuery lists, ReadPath readPath, CypherFiles cypher) {
        this.lists = lists;
        this.readPath = readPath;
        this.cypher = cypher;
    }

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        for (FieldDefinition field : queryFields()) {
            if (field.hasDirective("list")) {
                RootList list = list(field);
                wiring.type("Query", type -> type.dataFetcher(field.getName(), list));
            }
        }
    }

    private RootList list(FieldDefinition field) {
        String where = "@list on Query." + field.getName() + ": ";
        Directive directive = field.getDirectives("list").get(0);
        String file = ((StringValue) directive.getArgument("cypher").getValue()).getValue();
        try {
            cypher.load(file);
        } catch (RuntimeException e) {
            throw new IllegalStateException(where + "no Cypher file cypher/" + file + ".cypher", e);
        }
        Type<?> type = unwrap(field.getType());
        boolean connection = type instanceof TypeName name && name.getName().endsWith("Connection");
        String element = connection ? ((TypeName) type).getName().replace("Connection", "")
                : ((TypeName) unwrap(((ListType) type).getType())).getName();
        NodeLabel label = NodeLabel.of(element);
        if (label == null) {
            throw new IllegalStateException(where + element + " is not a node type");
        }
        Map<String, String> sortProperties = new LinkedHashMap<>();
        InputValueDefinition orderBy = argument(field, "orderBy");
        if (orderBy != null) {
            EnumTypeDefinition orders = registry().getType(((TypeName) unwrap(orderBy.getType())).getName(),
                    EnumTypeDefinition.class).orElseThrow();
            orders.getEnumValueDefinitions().forEach(value -> {
                if (value.hasDirective("sortBy")) {
                    sortProperties.put(value.getName(), string(value, "sortBy", "property"));
                }
            });
            if (directive.getArgument("sortProperties") != null) {
                for (var item : ((ArrayValue) directive.getArgument("sortProperties").getValue()).getValues()) {
                    ObjectValue pair = (ObjectValue) item;
                    sortProperties.put(((StringValue) field(pair, "value")).getValue(),
                            ((StringValue) field(pair, "property")).getValue());
                }
            }
            orders.getEnumValueDefinitions().forEach(value -> {
                if (!sortProperties.containsKey(value.getName())) {
                    throw new IllegalStateException(where + orders.getName() + "." + value.getName()
                            + " names no property: add @sortBy(property: \"…\") to it");
                }
                SortKey.checked(sortProperties.get(value.getName()));
            });
        }
        String fixedSort = directive.getArgument("sortBy") == null ? "id"
                : ((StringValue) directive.getArgument("sortBy").getValue()).getValue();
        SortKey.checked(fixedSort);
        Map<String, NodeLabel[]> ids = new LinkedHashMap<>();
        Map<String, List<String>> inputs = new LinkedHashMap<>();
        for (InputValueDefinition argument : field.getInputValueDefinitions()) {
            if (PAGING.contains(argument.getName())) {
                continue;
            }
            idOf(argument, argument.getName(), ids);
            Type<?> argumentType = unwrap(argument.getType());
            while (argumentType instanceof ListType list) {
                argumentType = unwrap(list.getType());
            }
            String typeName = ((TypeName) argumentType).getName();
            registry().getType(typeName, InputObjectTypeDefinition.class).ifPresent(input -> {
                inputs.put(argument.getName(), input.getInputValueDefinitions().stream().map(f -> {
                    idOf(f, argument.getName() + "." + f.getName(), ids);
                    return f.getName();
                }).toList());
            });
            inputs.putIfAbsent(argument.getName(), null);
        }
        return new RootList(field.getName(), file, connection, readPath.typeOf(label), sortProperties, fixedSort, ids,
                inputs, field.getInputValueDefinitions().stream().map(InputValueDefinition::getName).toList());
    }

    private void idOf(InputValueDefinition value, String path, Map<String, NodeLabel[]> ids) {
        if (!value.hasDirective("idOf")) {
            return;
        }
        Directive idOf = value.getDirectives("idOf").get(0);
        List<NodeLabel> labels = new ArrayList<>();
        if (idOf.getArgument("labels") != null) {
            for (var label : ((ArrayValue) idOf.getArgument("labels").getValue()).getValues()) {
                labels.add(NodeLabel.of(((EnumValue) label).getName()));
            }
        }
        ids.put(path, labels.toArray(NodeLabel[]::new));
    }

    private static graphql.language.Value<?> field(ObjectValue object, String name) {
        return object.getObjectFields().stream().filter(f -> f.getName().equals(name)).findFirst().orElseThrow()
                .getValue();
    }

    private static String string(DirectivesContainer<?> container, String directive, String argument) {
        return ((StringValue) container.getDirectives(directive).get(0).getArgument(argument).getValue()).getValue();
    }

    private static InputValueDefinition argument(FieldDefinition field, String name) {
        return field.getInputValueDefinitions().stream().filter(a -> a.getName().equals(name)).findFirst().orElse(null);
    }

    /** One declared root list. */
    private final class RootList implements SelfDescribingDataFetcher<Object> {

        private final String name;
        private final String file;
        private final boolean connection;
        private final Class<?> type;
        private final Map<String, String> sortProperties;
        private final String fixedSort;
        private final Map<String, NodeLabel[]> ids;
        /** Argument → its input fields (a filter), or null for a plain argument. */
        private final Map<String, List<String>> inputs;
        private final List<String> arguments;

        RootList(String name, String file, boolean connection, Class<?> type, Map<String, String> sortProperties,
                String fixedSort, Map<String, NodeLabel[]> ids, Map<String, List<String>> inputs,
                List<String> arguments) {
            this.name = name;
            this.file = file;
            this.connection = connection;
            this.type = type;
            this.sortProperties = sortProperties;
            this.fixedSort = fixedSort;
            this.ids = ids;
            this.inputs = inputs;
            this.arguments = arguments;
        }

        @Override
        public Object get(DataFetchingEnvironment env) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            inputs.forEach((argument, fields) -> {
                Object value = env.getArgument(argument);
                if (fields == null) {
                    check(argument, value);
                    parameters.put(argument, Filters.cypherValue(value));
                } else {
                    Map<?, ?> input = value instanceof Map<?, ?> map ? map : Map.of();
                    for (String f : fields) {
                        check(argument + "." + f, input.get(f));
                        parameters.put(f, Filters.cypherValue(input.get(f)));
                    }
                }
            });
            if (!connection) {
                return lists.all(file, parameters, new SortKey("FIXED", fixedSort), type);
            }
            String order = env.getArgument("orderBy");
            SortKey key = order == null ? new SortKey("ID", fixedSort) : new SortKey(order, sortProperties.get(order));
            String direction = env.getArgument("direction");
            return lists.page(file, parameters, key, direction == null ? SortDirection.ASC : SortDirection.valueOf(direction),
                    env, type);
        }

        private void check(String path, Object value) {
            NodeLabel[] labels = ids.get(path);
            if (labels != null && value instanceof String id) {
                IdArguments.requireKind(path, id, labels);
            }
        }

        @Override
        public String getDescription() {
            return "@list Query." + name + " (cypher/" + file + ".cypher)";
        }

        @Override
        public ResolvableType getReturnType() {
            return connection ? ResolvableType.forClassWithGenerics(Page.class, type)
                    : ResolvableType.forClassWithGenerics(List.class, type);
        }

        @Override
        public Map<String, ResolvableType> getArguments() {
            Map<String, ResolvableType> types = new LinkedHashMap<>();
            arguments.forEach(a -> types.put(a, ResolvableType.forClass(a.equals("first") ? Integer.class
                    : inputs.get(a) != null ? Map.class : String.class)));
            return types;
        }
    }
}
