package org.orggraph.member;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.parser.Parser;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.Test;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.Caller;
import org.orggraph.api.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data by role, on every GraphQL path that reaches a person: the documents under
 * {@code graphql-test/personal/} reach {@code Person} through every field of the schema that leads to one (the
 * test checks that against the schema), and each is run for every role. Below PLANNER names are masked and pinyin
 * gone; below EDITOR mobile, identity number, birth date and address are masked; drawings never list them.
 */
@OrgGraphTest
class PersonalDataTest {

    private static final Path DOCUMENTS = Path.of("src/test/resources/graphql-test/personal");
    private static final Set<String> PERSONAL = Set.of("mobile", "idNumber", "birthDate", "address");

    @Autowired
    ExecutionGraphQlService graphQl;

    @Autowired
    GraphQlSource source;

    @Test
    void theWalkReachesPeopleThroughEveryFieldThatLeadsToOne() throws IOException {
        GraphQLSchema schema = source.schema();
        Set<String> walked = new TreeSet<>();
        for (String document : documents().values()) {
            QueryTraverser.newQueryTraverser().schema(schema).document(Parser.parse(document))
                    .variables(Map.of()).build().visitPreOrder(new QueryVisitorStub() {
                        @Override
                        public void visitField(QueryVisitorFieldEnvironment field) {
                            walked.add(field.getFieldsContainer().getName() + "." + field.getFieldDefinition().getName());
                        }
                    });
        }
        assertThat(fieldsLeadingToPeople(schema)).isNotEmpty().isSubsetOf(walked);
    }

    @Test
    void mutationsWhosePayloadsHoldPeopleAreForEditorsWhoSeeThemInClear() {
        for (GraphQLFieldDefinition mutation : source.schema().getMutationType().getFieldDefinitions()) {
            var reach = mutation.getAppliedDirective("reach");
            assertThat(reach).as("@reach of Mutation.%s", mutation.getName()).isNotNull();
            Object role = reach.getArgument("role").getValue();
            assertThat(role).hasToString(Role.EDITOR.name());
        }
    }

    @Test
    void aViewerSeesPeopleOnlyAsMaskedShapes() throws IOException {
        walk(Role.VIEWER, person -> {
            assertThat((String) person.get("name")).matches("\\p{IsHan}\\*+");
            assertThat(person.get("pinyin")).isNull();
            assertThat(person.get("initials")).isNull();
            assertThat(person.get("birthYear")).isNull();
            assertMaskedDetails(person);
        }, drawn -> assertThat((String) drawn.get("name")).matches("\\p{IsHan}\\*+"));
    }

    @Test
    void plannersAndAnalystsSeeNamesButMaskedDetails() throws IOException {
        for (Role role : List.of(Role.PLANNER, Role.ANALYST)) {
            walk(role, person -> {
                assertThat((String) person.get("name")).doesNotContain("*");
                assertThat(person.get("pinyin")).isNotNull();
                assertMaskedDetails(person);
            }, drawn -> assertThat((String) drawn.get("name")).doesNotContain("*"));
        }
    }

    @Test
    void editorsAndAdminsSeeTheRosterInClear() throws IOException {
        for (Role role : List.of(Role.EDITOR, Role.ADMIN)) {
            walk(role, person -> {
                assertThat((String) person.get("name")).doesNotContain("*");
                assertThat((String) person.get("mobile")).matches("100\\d{8}");
                assertThat((String) person.get("idNumber")).matches("440784\\d{11}[\\dX]");
                assertThat((String) person.get("birthDate")).matches("\\d{4}-\\d{2}-\\d{2}")
                        .startsWith(String.valueOf(person.get("birthYear")));
                assertThat((String) person.get("address")).startsWith("广东省鹤山市示例路").doesNotContain("*");
            }, drawn -> assertThat((String) drawn.get("name")).doesNotContain("*"));
        }
    }

    @Test
    void aRequestWithoutACallerSeesWhatAViewerSees() {
        Map<String, Object> person = person(execute(Caller.NOBODY,
                "{ person(id: \"person:000001\") { name mobile idNumber } }"));
        assertThat((String) person.get("name")).matches("\\p{IsHan}\\*+");
        assertThat((String) person.get("mobile")).matches("100\\*{4}\\d{4}");
    }

    @Test
    void aViewerMayNotFilterPeopleByNameOrBirthYearNorSearchThem() {
        for (String document : List.of("{ people(filter: {nameContains: \"张\"}) { totalCount } }",
                "{ people(filter: {bornFrom: 1980}) { totalCount } }",
                "{ search(text: \"zhang\", types: [Person]) { name } }",
                "{ alliance(id: \"alliance:05\") { crossUnitLinks(first: 1) { totalCount } } }")) {
            Map<String, Object> response = execute(caller(Role.VIEWER), document);
            assertThat(codes(response)).as(document).containsExactly("FORBIDDEN");
            assertThat(codes(execute(caller(Role.PLANNER), document))).as(document).isEmpty();
        }
        Map<String, Object> hits = execute(caller(Role.VIEWER), "{ search(text: \"zhang\", first: 50) { label } }");
        assertThat(hits.toString()).doesNotContain("label=Person");
    }

    private void walk(Role role, Consumer<Map<String, Object>> eachPerson, Consumer<Map<String, Object>> eachDrawnPerson)
            throws IOException {
        for (Map.Entry<String, String> document : documents().entrySet()) {
            Map<String, Object> response = execute(caller(role), document.getValue());
            if (role == Role.VIEWER && document.getKey().equals("evidence.graphql")) {
                assertThat(codes(response)).containsExactly("FORBIDDEN");
                continue;
            }
            assertThat(codes(response)).as(document.getKey()).isEmpty();
            List<Map<String, Object>> people = new ArrayList<>();
            List<Map<String, Object>> drawn = new ArrayList<>();
            collect(response.get("data"), people, drawn);
            String excerpt = String.valueOf(response.get("data"));
            assertThat(people).as("people reached by " + document.getKey() + " as " + role + " in "
                    + excerpt.substring(0, Math.min(600, excerpt.length())))
                    .hasSizeGreaterThan(!document.getValue().contains("...P")
                            || role == Role.VIEWER && document.getKey().equals("search.graphql") ? -1 : 0);
            people.forEach(eachPerson);
            drawn.forEach(eachDrawnPerson);
            drawn.forEach(node -> assertThat(String.valueOf(node.get("properties"))).as("a drawn person's properties")
                    .doesNotContain("mobile").doesNotContain("idNumber").doesNotContain("birthDate").doesNotContain("address"));
        }
    }

    private static void assertMaskedDetails(Map<String, Object> person) {
        assertThat((String) person.get("mobile")).matches("100\\*{4}\\d{4}");
        assertThat((String) person.get("idNumber")).matches("4407\\*{10}\\d{3}[\\dX]");
        assertThat((String) person.get("birthDate")).matches("\\d{4}-\\*\\*-\\*\\*");
        assertThat((String) person.get("address")).isEqualTo("广东省鹤山市****");
    }

    /** Person objects (they carry {@code idNumber}) and drawn or found people ({@code label: "Person"}). */
    @SuppressWarnings("unchecked")
    private static void collect(Object value, List<Map<String, Object>> people, List<Map<String, Object>> drawn) {
        if (value instanceof Map<?, ?> map) {
            if (map.containsKey("idNumber")) {
                people.add((Map<String, Object>) map);
            }
            if ("Person".equals(map.get("label")) && map.containsKey("name")) {
                drawn.add((Map<String, Object>) map);
            }
            map.values().forEach(v -> collect(v, people, drawn));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collect(v, people, drawn));
        }
    }

    /**
     * Every field whose type is {@code Person}, a list or connection of people, or a relationship record holding
     * one ({@code Membership.person}, …): the fields a walk to every person must pass.
     */
    private static Set<String> fieldsLeadingToPeople(GraphQLSchema schema) {
        Set<String> holders = new TreeSet<>(Set.of("Person"));
        for (GraphQLType type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLObjectType object && object.getInterfaces().stream().noneMatch(i -> i.getName().equals("Node"))
                    && !object.getName().startsWith("__") && object.getFieldDefinitions().stream()
                    .anyMatch(f -> name(f).equals("Person"))) {
                holders.add(object.getName());
            }
        }
        holders.add("PersonConnection");
        Set<String> fields = new TreeSet<>();
        for (GraphQLType type : schema.getAllTypesAsList()) {
            // mutation payloads reach only EDITORs (see the test of mutations), who see people in clear
            if (type instanceof GraphQLFieldsContainer container && type instanceof GraphQLObjectType
                    && !container.getName().startsWith("__") && !container.getName().endsWith("Payload")
                    && !container.getName().equals("Mutation")) {
                for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                    if (holders.contains(name(field)) && !field.getName().equals("pageInfo")) {
                        fields.add(container.getName() + "." + field.getName());
                    }
                }
            }
        }
        return fields;
    }

    private static String name(GraphQLFieldDefinition field) {
        return ((graphql.schema.GraphQLNamedType) GraphQLTypeUtil.unwrapAll(field.getType())).getName();
    }

    private static Caller caller(Role role) {
        return new Caller(role.name().toLowerCase(), EnumSet.of(role));
    }

    private Map<String, Object> execute(Caller caller, String document) {
        DefaultExecutionGraphQlRequest request = new DefaultExecutionGraphQlRequest(document, null, null, null,
                "personal-data-test", null);
        request.configureExecutionInput((input, builder) ->
                builder.graphQLContext(context -> context.put(Caller.KEY, caller)).build());
        return graphQl.execute(request).block().toMap();
    }

    @SuppressWarnings("unchecked")
    private static List<String> codes(Map<String, Object> response) {
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getOrDefault("errors", List.of());
        return errors.stream().map(e -> String.valueOf(((Map<String, Object>) e.getOrDefault("extensions", Map.of())).get("code"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> person(Map<String, Object> response) {
        return (Map<String, Object>) ((Map<String, Object>) response.get("data")).get("person");
    }

    private static Map<String, String> documents() throws IOException {
        Map<String, String> documents = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(DOCUMENTS)) {
            for (Path file : files.sorted().toList()) {
                documents.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return documents;
    }
}
