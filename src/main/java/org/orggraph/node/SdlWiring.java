package org.orggraph.node;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import graphql.language.FieldDefinition;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Wiring from declarations in the SDL ({@code @relationship}, {@code @list}, lookups): Spring for GraphQL hands each
 * {@link RuntimeWiringConfigurer} the parsed schema first, so fetchers are registered in the runtime wiring, where
 * the schema inspection sees them.
 */
abstract class SdlWiring implements RuntimeWiringConfigurer {

    private TypeDefinitionRegistry registry;

    /** A field of an object type (or of an extension of it). */
    record Declared(String type, FieldDefinition field) {
    }

    @Override
    public void setTypeDefinitionRegistry(TypeDefinitionRegistry registry) {
        this.registry = registry;
    }

    TypeDefinitionRegistry registry() {
        return registry;
    }

    /** Every field of every object type and type extension. */
    List<Declared> fields() {
        List<Declared> fields = new ArrayList<>();
        Stream.concat(registry.getTypes(ObjectTypeDefinition.class).stream(),
                registry.objectTypeExtensions().values().stream().flatMap(List::stream))
                .forEach(type -> type.getFieldDefinitions().forEach(field -> fields.add(new Declared(type.getName(), field))));
        return fields;
    }

    /** A type without its non-null wrapper ({@code X!} → {@code X}, {@code [X!]!} → {@code [X!]}). */
    static Type<?> unwrap(Type<?> type) {
        return type instanceof NonNullType nonNull ? nonNull.getType() : type;
    }

    /** The fields of {@code Query}, however many files extend it. */
    List<FieldDefinition> queryFields() {
        return fields().stream().filter(d -> d.type().equals("Query")).map(Declared::field).toList();
    }
}
