package org.orggraph.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;

import static org.assertj.core.api.Assertions.assertThat;

/** The GraphQL enums of the model's labels and relationship types are exactly the Java enums they are bound to. */
class ModelEnumsTest {

    @Test
    void theLabelEnumIsTheModelsLabels() throws IOException {
        assertThat(values("schema.graphqls", "Label"))
                .containsExactly(Arrays.stream(NodeLabel.values()).map(Enum::name).toArray(String[]::new));
    }

    @Test
    void theRelationshipTypeEnumIsTheModelsRelationshipTypes() throws IOException {
        assertThat(values("paths.graphqls", "RelationshipType"))
                .containsExactly(Arrays.stream(RelType.values()).map(Enum::name).toArray(String[]::new));
    }

    private static String[] values(String file, String type) throws IOException {
        TypeDefinitionRegistry registry = new SchemaParser().parse(Files.readString(Path.of("graphql", file)));
        return registry.getType(type, EnumTypeDefinition.class).orElseThrow().getEnumValueDefinitions().stream()
                .map(EnumValueDefinition::getName).toArray(String[]::new);
    }
}
