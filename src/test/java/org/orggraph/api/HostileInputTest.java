package org.orggraph.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.orggraph.OrgGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile-input corpus: every String and ID argument of every root field (and every String or ID field of
 * their input filters) gets each payload an attacker or a careless script would send — Cypher and Lucene
 * injection, template placeholders, control and surrogate characters, path traversal, an over-long string — and
 * the HTTP endpoint gets malformed requests. Each answer is a GraphQL response with HTTP 200 or 4xx whose every
 * error has a code other than INTERNAL; afterwards the database holds exactly what it held before.
 */
@OrgGraphTest
class HostileInputTest {

    static final List<String> PAYLOADS = List.of(
            "' OR 1=1 RETURN n //",
            "\"}) MATCH (n) DETACH DELETE n //",
            "community:07' OR '1'='1",
            "*:* OR name:* AND pinyin:~",
            "\u0000\u202e\uD840\uDC00😀\t\n",
            "{{label}} $allow ${jndi:ldap://x}",
            "a".repeat(101),
            "../../../../etc/passwd",
            "person:000001 ",
            "");

    @LocalServerPort
    int port;

    @Autowired
    GraphQlSource source;

    @Autowired
    Driver driver;

    private final JsonMapper json = JsonMapper.builder().build();

    /** One case: a document with its variables. */
    record Case(String document, Map<String, Object> variables) {
    }

    @Test
    void noArgumentValueBreaksTheServerOrChangesTheGraph() {
        String before = fingerprint();
        List<Case> cases = argumentCases();
        assertThat(cases).as("hostile argument cases").hasSizeGreaterThan(300);
        WebTestClient client = GraphQlTesters.webClient(port);
        for (Case c : cases) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("query", c.document());
            body.put("variables", c.variables());
            EntityExchangeResult<byte[]> result = client.post().contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectBody().returnResult();
            assertGraphQlAnswer(c.document() + " with " + c.variables(), result);
        }
        assertThat(fingerprint()).as("the graph after the corpus").isEqualTo(before);
    }

    @Test
    void noMalformedRequestBreaksTheServer() {
        String before = fingerprint();
        WebTestClient client = GraphQlTesters.webClient(port);
        List<byte[]> bodies = List.of("null".getBytes(), "[]".getBytes(), "[{\"query\":\"{ __typename }\"}]".getBytes(),
                "{\"query\":".getBytes(), "{\"query\": 5}".getBytes(), "{\"query\": null}".getBytes(),
                "{\"query\": \"{ __typename }\", \"variables\": \"x\"}".getBytes(),
                "{\"query\": \"{ __typename }\", \"extensions\": [1]}".getBytes(),
                new byte[] {'{', '"', 'q', (byte) 0xC3, (byte) 0x28, '"', '}'},
                new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, "".getBytes(), "{}".getBytes(),
                "{\"query\": \"query { __typename } mutation { x }\"}".getBytes(),
                "{\"query\": \"{ __typename }\", \"operationName\": \"nope\"}".getBytes(),
                ("{\"query\": \"" + "{".repeat(5000) + "\"}").getBytes(StandardCharsets.UTF_8));
        List<String> types = List.of("application/json", "*/*", "text/plain", "application/x-www-form-urlencoded",
                "application/graphql");
        int cases = 0;
        for (byte[] body : bodies) {
            for (String type : types) {
                EntityExchangeResult<byte[]> result = client.post().header("Content-Type", type).bodyValue(body).exchange()
                        .expectBody().returnResult();
                assertGraphQlAnswer(type + " " + new String(body, StandardCharsets.UTF_8), result);
                cases++;
            }
        }
        for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH)) {
            EntityExchangeResult<byte[]> result = client.method(method).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"query\": \"{ __typename }\"}").exchange().expectBody().returnResult();
            assertThat(result.getStatus().value()).as(method.name()).isEqualTo(405);
            assertThat(result.getResponseHeaders().getAllow()).as(method.name()).contains(HttpMethod.GET, HttpMethod.POST);
            assertGraphQlAnswer(method.name(), result);
            cases++;
        }
        for (String query : List.of("", "%7B", "{ communities(first: 100000) { totalCount } }",
                "mutation { __typename }")) {
            EntityExchangeResult<byte[]> result = client.get().uri(builder -> builder.queryParam("query", "{q}").build(query))
                    .accept(MediaType.APPLICATION_JSON).exchange().expectBody().returnResult();
            assertGraphQlAnswer("GET " + query, result);
            cases++;
        }
        assertThat(cases).isGreaterThan(75);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @SuppressWarnings("unchecked")
    private void assertGraphQlAnswer(String what, EntityExchangeResult<byte[]> result) {
        int status = result.getStatus().value();
        assertThat(status).as("HTTP status of %s", what).isBetween(200, 499);
        byte[] raw = result.getResponseBody();
        assertThat(raw).as("body of %s", what).isNotNull();
        String text = new String(raw, StandardCharsets.UTF_8);
        assertThat(text).as("a JSON answer to %s (HTTP %s)", what, status).startsWith("{");
        Map<String, Object> answer = json.readValue(raw, Map.class);
        assertThat(answer.containsKey("data") || answer.containsKey("errors")).as(what).isTrue();
        for (Map<String, Object> error : (List<Map<String, Object>>) answer.getOrDefault("errors", List.of())) {
            Object code = ((Map<String, Object>) error.getOrDefault("extensions", Map.of())).get("code");
            assertThat(code).as("error code of %s: %s", what, error.get("message")).isNotNull().isNotEqualTo("INTERNAL");
            assertThat(String.valueOf(error.get("message"))).as(what).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    /** Every (root field, String/ID argument or filter field, payload). */
    private List<Case> argumentCases() {
        List<Case> cases = new ArrayList<>();
        for (GraphQLFieldDefinition field : source.schema().getQueryType().getFieldDefinitions()) {
            if (field.getName().startsWith("__")) {
                continue;
            }
            for (GraphQLArgument argument : field.getArguments()) {
                GraphQLType bare = GraphQLTypeUtil.unwrapAll(argument.getType());
                if (isText(bare)) {
                    for (String payload : PAYLOADS) {
                        cases.add(caseOf(field, argument.getName(), null, argument.getType(), payload));
                    }
                } else if (bare instanceof GraphQLInputObjectType input) {
                    for (GraphQLInputObjectField inner : input.getFieldDefinitions()) {
                        if (isText(GraphQLTypeUtil.unwrapAll(inner.getType()))) {
                            for (String payload : PAYLOADS) {
                                cases.add(caseOf(field, argument.getName(), inner.getName(), inner.getType(), payload));
                            }
                        }
                    }
                }
            }
        }
        return cases;
    }

    private static boolean isText(GraphQLType type) {
        return type instanceof GraphQLScalarType scalar && (scalar.getName().equals("String") || scalar.getName().equals("ID"));
    }

    private static Case caseOf(GraphQLFieldDefinition field, String argument, String inner, GraphQLInputType type,
            String payload) {
        String variableType = GraphQLTypeUtil.simplePrint(type);
        Object value = GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList ? List.of(payload) : payload;
        StringJoiner arguments = new StringJoiner(", ");
        for (GraphQLArgument other : field.getArguments()) {
            if (other.getName().equals(argument)) {
                arguments.add(inner == null ? argument + ": $v" : argument + ": {" + inner + ": $v}");
            } else if (other.getType() instanceof GraphQLNonNull) {
                arguments.add(other.getName() + ": " + literal(other.getType()));
            }
        }
        GraphQLType output = GraphQLTypeUtil.unwrapAll(field.getType());
        String selection = output instanceof GraphQLScalarType || output instanceof GraphQLEnumType ? "" : " { __typename }";
        String document = "query($v: " + variableType + ") { " + field.getName() + "(" + arguments + ")" + selection + " }";
        return new Case(document, Map.of("v", value));
    }

    /** A harmless value for a required argument that is not under test. */
    private static String literal(GraphQLType type) {
        GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
        if (bare instanceof GraphQLList list) {
            return "[" + literal(list.getWrappedType()) + "]";
        }
        GraphQLNamedType named = (GraphQLNamedType) bare;
        if (named instanceof GraphQLEnumType enumType) {
            return enumType.getValues().get(0).getName();
        }
        return switch (named.getName()) {
            case "Int" -> "1";
            case "Float" -> "1.0";
            case "Boolean" -> "true";
            case "Date" -> "\"2020-01-01\"";
            default -> "\"community:07\"";
        };
    }

    @Test
    void noImportFileBreaksTheServerOrChangesTheGraph() {
        String before = fingerprint();
        for (HostileImportFiles.Upload upload : HostileImportFiles.all()) {
            var parts = new LinkedMultiValueMap<String, Object>();
            parts.add("files", new ByteArrayResource(upload.content()) {
                @Override
                public String getFilename() {
                    return upload.fileName();
                }
            });
            assertImportRefused(upload.toString(), importRequest().contentType(MediaType.MULTIPART_FORM_DATA)
                    .body(parts));
        }
        assertThat(fingerprint()).as("the graph after the import corpus").isEqualTo(before);
    }

    @Test
    void noMalformedImportRequestBreaksTheServer() {
        String before = fingerprint();
        var noFiles = new LinkedMultiValueMap<String, Object>();
        noFiles.add("dryRun", "false");
        assertImportRefused("no files part", importRequest().contentType(MediaType.MULTIPART_FORM_DATA).body(noFiles));
        var badFlag = new LinkedMultiValueMap<String, Object>();
        badFlag.add("files", new ByteArrayResource("id\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "Person.csv";
            }
        });
        badFlag.add("dryRun", "maybe; DROP");
        assertImportRefused("a dryRun that is no boolean", importRequest().contentType(MediaType.MULTIPART_FORM_DATA)
                .body(badFlag));
        var tooLarge = new LinkedMultiValueMap<String, Object>();
        tooLarge.add("files", new ByteArrayResource(new byte[9_000_000]) {
            @Override
            public String getFilename() {
                return "Person.csv";
            }
        });
        assertImportRefused("a 9 MB file (the upload limit is 8 MB)", importRequest().contentType(MediaType.MULTIPART_FORM_DATA).body(tooLarge));
        assertImportRefused("a CSV body that is not multipart", importRequest().contentType(MediaType.TEXT_PLAIN)
                .body("id,name\nhostile:person:1,x\n"));
        assertImportRefused("a multipart type without a body", importRequest()
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=xyz")).body("--xyz\r\nbroken"));
        assertThat(fingerprint()).isEqualTo(before);
    }

    private RestClient.RequestBodySpec importRequest() {
        return RestClient.create("http://127.0.0.1:" + port).post().uri("/api/import")
                .header("Authorization", GraphQlTesters.TestUser.of(Role.EDITOR).basic());
    }

    /** A 4xx whose body lists errors, each with a code (an import report's, or a GraphQL-style extensions.code). */
    private void assertImportRefused(String what, RestClient.RequestBodySpec request) {
        var response = request.retrieve().onStatus(status -> true, (req, res) -> { }).toEntity(String.class);
        assertThat(response.getStatusCode().is4xxClientError()).as(what + ": " + response.getStatusCode() + " "
                + abbreviate(response.getBody())).isTrue();
        Map<?, ?> body = json.readValue(response.getBody(), Map.class);
        List<?> errors = (List<?>) body.get("errors");
        assertThat(errors).as(what + ": errors").isNotEmpty();
        for (Object error : errors) {
            Map<?, ?> e = (Map<?, ?>) error;
            Object code = e.containsKey("code") ? e.get("code") : ((Map<?, ?>) e.get("extensions")).get("code");
            assertThat(String.valueOf(code)).as(what + ": " + abbreviate(String.valueOf(e))).isNotBlank()
                    .isNotEqualTo("null").isNotEqualTo("INTERNAL");
        }
    }

    private static String abbreviate(String text) {
        return text == null || text.length() < 600 ? text : text.substring(0, 600) + "…";
    }

    /** Counts of nodes, relationships and their properties, and the length of every name. */
    /** The graph's size and properties; audit entries left out (refused imports and mutations are recorded). */
    private String fingerprint() {
        return driver.executableQuery("""
                MATCH (n) WHERE NOT n:AuditEntry WITH count(n) AS nodes, sum(size(keys(n)) + size(coalesce(n.name, ''))) AS nodeProperties
                MATCH ()-[r]->() WITH nodes, nodeProperties, count(r) AS relationships, sum(size(keys(r))) AS relProperties
                RETURN nodes + '/' + nodeProperties + '/' + relationships + '/' + relProperties AS fingerprint
                """).execute().records().get(0).get("fingerprint").asString();
    }
}
