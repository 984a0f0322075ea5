package org.orggraph.importer;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The values of the GraphQL enums ({@code UnitKind}, {@code PartyOrganizationLevel}, …) read from the SDL files on
 * the class path: the import accepts exactly what the API shows, and a value added to the SDL is importable at once.
 */
public record SdlEnums(Map<String, List<String>> values) {

    public SdlEnums {
        values = Map.copyOf(values);
    }

    public static SdlEnums fromClasspath() {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        SchemaParser parser = new SchemaParser();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/*.graphqls")) {
                try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    registry.merge(parser.parse(reader));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the GraphQL schema files", e);
        }
        Map<String, List<String>> values = new TreeMap<>();
        registry.getTypes(EnumTypeDefinition.class).forEach(type -> values.put(type.getName(),
                type.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList()));
        return new SdlEnums(values);
    }

    public List<String> of(String enumType) {
        List<String> list = values.get(enumType);
        if (list == null) {
            throw new IllegalStateException("The GraphQL schema has no enum " + enumType);
        }
        return list;
    }
}
