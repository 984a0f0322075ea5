package org.orggraph.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;
import org.orggraph.OrgGraphTest;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A relationship field is one declaration on the SDL field; what it declares is checked when the schema is built,
 * so a mistake stops the start with a message that names the field, instead of failing at query time.
 */
@OrgGraphTest
class RelationshipDeclarationTest {

    @Autowired
    ReadPath readPath;

    private RelationshipFetcher declare(String type, String field) throws IOException {
        TypeDefinitionRegistry registry = new SchemaParser().parse(Files.readString(Path.of("graphql/schema.graphqls"))
                + "\ntype Unit { id: ID! }\ntype Person { id: ID! }\ntype Community { id: ID! }\n"
                + "type PersonConnection { edges: [PersonEdge] pageInfo: PageInfo! }\n"
                + "type PersonEdge { cursor: String! node: Person! }\n"
                + "type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }\n"
                + "extend type " + type + " { " + field + " }");
        RelationshipFields fields = new RelationshipFields(null, readPath, null);
        fields.setTypeDefinitionRegistry(registry);
        FieldDefinition definition = registry.objectTypeExtensions().get(type).get(0).getFieldDefinitions().get(0);
        return fields.fetcher(type, definition);
    }

    @Test
    void theFieldsTypeIsTheTargetLabelAndDefaultsFillTheRest() throws IOException {
        RelationshipFetcher fetcher = declare("Person", "employer: Unit @relationship(type: \"WORKS_AT\")");
        assertThat(fetcher.hop()).isEqualTo(new Hop(NodeLabel.Person, RelType.WORKS_AT, Hop.Direction.OUT,
                java.util.Set.of(NodeLabel.Unit), Hop.RelFilter.CURRENT, Hop.HopOrder.ID));
        assertThat(fetcher.shape()).isEqualTo(RelationshipFetcher.Shape.ONE);
    }

    @Test
    void theShapeFollowsTheFieldsType() throws IOException {
        assertThat(declare("Unit", "staff(first: Int, after: String): PersonConnection!"
                + " @relationship(type: \"WORKS_AT\", direction: IN)").shape()).isEqualTo(RelationshipFetcher.Shape.CONNECTION);
        assertThat(declare("Unit", "staffList: [Person!]! @relationship(type: \"WORKS_AT\", direction: IN)").shape())
                .isEqualTo(RelationshipFetcher.Shape.MANY);
    }

    @Test
    void aRelationshipTypeTheModelDoesNotHaveStopsTheStart() {
        assertThatThrownBy(() -> declare("Person", "employer: Unit @relationship(type: \"WORKS_FOR\")"))
                .hasMessageContaining("@relationship on Person.employer")
                .hasMessageContaining("'WORKS_FOR' is not a relationship type of the model")
                .hasMessageContaining("WORKS_AT");
    }

    @Test
    void aLabelTheModelDoesNotHaveStopsTheStart() {
        assertThatThrownBy(() -> declare("Person", "places: [Node!]! @relationship(type: \"LIVES_IN\", to: [\"Compound\"])"))
                .hasMessageContaining("@relationship on Person.places")
                .hasMessageContaining("'Compound' is not a label of the model");
    }

    @Test
    void aTargetLabelThatContradictsTheFieldsTypeStopsTheStart() {
        assertThatThrownBy(() -> declare("Person", "employer: Unit @relationship(type: \"WORKS_AT\", to: [\"Community\"])"))
                .hasMessageContaining("the field's type is Unit");
    }

    @Test
    void aConnectionWithoutPagingArgumentsStopsTheStart() {
        assertThatThrownBy(() -> declare("Unit", "staff: PersonConnection! @relationship(type: \"WORKS_AT\", direction: IN)"))
                .hasMessageContaining("first: Int and after: String");
    }

    @Test
    void aDeclarationOnATypeThatIsNoNodeStopsTheStart() {
        assertThatThrownBy(() -> declare("PageInfo", "unit: Unit @relationship(type: \"WORKS_AT\")"))
                .hasMessageContaining("PageInfo is not a node type");
    }

    @Test
    void everyDeclaredFieldOfTheRealSchemaIsValid() throws IOException {
        SchemaParser parser = new SchemaParser();
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        try (var files = Files.list(Path.of("graphql"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).toList()) {
                registry.merge(parser.parse(Files.readString(file)));
            }
        }
        RelationshipFields fields = new RelationshipFields(null, readPath, null);
        fields.setTypeDefinitionRegistry(registry);
        int declared = 0;
        for (ObjectTypeDefinition type : registry.getTypes(ObjectTypeDefinition.class)) {
            for (FieldDefinition field : type.getFieldDefinitions()) {
                if (field.hasDirective(RelationshipFields.DIRECTIVE)) {
                    assertThat(fields.fetcher(type.getName(), field).hop().from().name()).isEqualTo(type.getName());
                    declared++;
                }
            }
        }
        assertThat(declared).isGreaterThan(100);
    }
}
