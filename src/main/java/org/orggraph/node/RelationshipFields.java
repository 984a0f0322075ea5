package org.orggraph.node;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.DirectiveDefinition;
import graphql.language.EnumValue;
import graphql.language.FieldDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ListType;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.schema.idl.RuntimeWiring;
import org.orggraph.api.PageRequests;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;
import org.springframework.stereotype.Component;

/**
 * Wires every field that carries {@code @relationship} (see {@code graphql/schema.graphqls}) to one generic,
 * batched {@link RelationshipFetcher}: a relationship field is declared once, in the SDL, and needs no Java.
 * The declaration is checked when the schema is built, so a relationship type or label the model does not have,
 * or a field whose GraphQL type does not fit its traversal, stops the start with a message naming the field.
 */
@Component
class RelationshipFields extends SdlWiring {

    static final String DIRECTIVE = "relationship";

    private final Relations relations;
    private final ReadPath readPath;
    private final PageRequests pages;

    RelationshipFields(Relations relations, ReadPath readPath, PageRequests pages) {
        this.relations = relations;
        this.readPath = readPath;
        this.pages = pages;
    }

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        for (Declared declared : fields().stream().filter(d -> d.field().hasDirective(DIRECTIVE)).toList()) {
            RelationshipFetcher fetcher = fetcher(declared.type(), declared.field());
            wiring.type(declared.type(), type -> type.dataFetcher(declared.field().getName(), fetcher));
        }
    }

    /** The fetcher of one declared field, or a start-up failure naming what is wrong with the declaration. */
    RelationshipFetcher fetcher(String typeName, FieldDefinition field) {
        String where = "@relationship on " + typeName + "." + field.getName() + ": ";
        NodeLabel from = NodeLabel.of(typeName);
        if (from == null || from == NodeLabel.Member) {
            throw new IllegalStateException(where + typeName + " is not a node type of the model ("
                    + names(NodeLabel.values()) + ")");
        }
        Directive directive = field.getDirectives(DIRECTIVE).get(0);
        String typeArgument = string(directive, "type");
        RelType type = Arrays.stream(RelType.values()).filter(t -> t.name().equals(typeArgument)).findFirst()
                .orElseThrow(() -> new IllegalStateException(where + "'" + typeArgument
                        + "' is not a relationship type of the model (" + names(RelType.values()) + ")"));
        Hop.Direction direction = Hop.Direction.valueOf(enumValue(directive, "direction"));
        Hop.RelFilter filter = Hop.RelFilter.valueOf(enumValue(directive, "where"));
        Hop.HopOrder order = Hop.HopOrder.valueOf(enumValue(directive, "orderBy"));
        Set<NodeLabel> to = new LinkedHashSet<>();
        for (String name : strings(directive, "to")) {
            NodeLabel label = NodeLabel.of(name);
            if (label == null) {
                throw new IllegalStateException(where + "'" + name + "' is not a label of the model ("
                        + names(NodeLabel.values()) + ")");
            }
            to.add(label);
        }

        Type<?> output = unwrap(field.getType());
        RelationshipFetcher.Shape shape;
        String elementType;
        if (output instanceof ListType list) {
            elementType = ((TypeName) unwrap(list.getType())).getName();
            shape = readPath.isRelationship(elementType) ? RelationshipFetcher.Shape.RELATIONSHIPS
                    : RelationshipFetcher.Shape.MANY;
        } else {
            String name = ((TypeName) output).getName();
            if (name.endsWith("Connection")) {
                shape = RelationshipFetcher.Shape.CONNECTION;
                elementType = name.substring(0, name.length() - "Connection".length());
                List<String> arguments = field.getInputValueDefinitions().stream().map(InputValueDefinition::getName)
                        .toList();
                if (!arguments.containsAll(List.of("first", "after"))) {
                    throw new IllegalStateException(where + "a connection field needs the arguments first: Int and"
                            + " after: String");
                }
            } else {
                shape = RelationshipFetcher.Shape.ONE;
                elementType = name;
            }
        }
        Class<?> relationshipType = null;
        if (shape == RelationshipFetcher.Shape.RELATIONSHIPS) {
            relationshipType = readPath.relationshipType(elementType);
        } else {
            NodeLabel target = NodeLabel.of(elementType);
            if (target != null) {
                if (to.isEmpty()) {
                    to.add(target);
                } else if (!to.equals(Set.of(target))) {
                    throw new IllegalStateException(where + "the field's type is " + elementType + " but to: names "
                            + to + "; a field of a node type reaches only that label");
                }
            } else if (!(registry().getTypeOrNull(elementType) instanceof InterfaceTypeDefinition)
                    && !registry().getType(elementType).map(d -> d instanceof graphql.language.UnionTypeDefinition)
                    .orElse(false)) {
                throw new IllegalStateException(where + elementType + " is neither a node type, an interface, nor"
                        + " a relationship record (list it in the feature's NodeTypes)");
            }
        }
        Class<?> targetType = to.size() == 1 ? readPath.typeOf(to.iterator().next()) : Object.class;
        Hop hop = new Hop(from, type, direction, to, filter, order);
        return new RelationshipFetcher(typeName + "." + field.getName(), hop, shape, targetType, elementType,
                relationshipType, relations, readPath, pages);
    }

    private Value<?> argument(Directive directive, String name) {
        if (directive.getArgument(name) != null) {
            return directive.getArgument(name).getValue();
        }
        DirectiveDefinition definition = registry().getDirectiveDefinition(DIRECTIVE).orElseThrow(
                () -> new IllegalStateException("The schema does not define the directive @" + DIRECTIVE));
        return definition.getInputValueDefinitions().stream().filter(d -> d.getName().equals(name)).findFirst()
                .map(InputValueDefinition::getDefaultValue).orElse(null);
    }

    private String string(Directive directive, String name) {
        return ((StringValue) argument(directive, name)).getValue();
    }

    private String enumValue(Directive directive, String name) {
        return ((EnumValue) argument(directive, name)).getName();
    }

    private List<String> strings(Directive directive, String name) {
        Value<?> value = argument(directive, name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof StringValue single) {
            return List.of(single.getValue());
        }
        return ((ArrayValue) value).getValues().stream().map(v -> ((StringValue) v).getValue()).toList();
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
