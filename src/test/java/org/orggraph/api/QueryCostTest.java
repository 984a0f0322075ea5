package org.orggraph.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import graphql.language.Document;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;
import org.orggraph.OrgGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.orggraph.api.GraphQlAnswers.codes;
import static org.orggraph.api.GraphQlAnswers.messages;

/**
 * The worst-case cost of every request is computed before anything runs and reported in {@code extensions.cost};
 * a request over the budget or over any other bound of {@link ApiLimits} is refused in milliseconds, with no
 * Cypher statement run.
 */
@OrgGraphTest
class QueryCostTest {

    /**
     * The largest values the suite passes to the test documents' Int variables: pages at their maximum, evidence
     * at 10, the neighbourhood at 500 nodes and 3 levels; links of all alliances at once as CrossUnitLinksTest asks.
     */
    private static final Map<String, Object> WORST = Map.of("first", 100, "evidence", 10, "limit", 500,
            "depth", 3, "maxHops", 6);
    private static final Map<String, Map<String, Object>> AS_USED = Map.of(
            "links-all-alliances.graphql", Map.of("first", 5, "evidence", 3));

    @LocalServerPort
    int port;

    @Autowired
    ApiLimits limits;

    @Autowired
    GraphQlSource graphQl;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyCookbookQueryAndTestDocumentIsWithinTheBudgetWithTheLargestPagesTheSuiteAsks() throws IOException {
        Map<String, Integer> costs = new TreeMap<>();
        Map<String, Object> refused = new TreeMap<>();
        List<Path> documents = new ArrayList<>();
        try (Stream<Path> examples = Files.list(Path.of("graphql/examples"));
                Stream<Path> tests = Files.list(Path.of("src/test/resources/graphql-test"))) {
            Stream.concat(examples, tests).filter(p -> p.toString().endsWith(".graphql")).sorted()
                    .forEach(documents::add);
        }
        assertThat(documents).hasSizeGreaterThanOrEqualTo(40);
        for (Path file : documents) {
            String query = Files.readString(file, StandardCharsets.UTF_8);
            Map<String, Object> variables = worstVariables(query);
            variables.putAll(AS_USED.getOrDefault(file.getFileName().toString(), Map.of()));
            // a document of several operations is asked once per operation, as its test does
            List<String> operations = Parser.parse(query).getDefinitionsOfType(OperationDefinition.class).stream()
                    .map(OperationDefinition::getName).toList();
            for (String operation : operations) {
                Map<String, Object> request = new HashMap<>(Map.of("query", query, "variables", variables));
                String name = file.toString() + (operations.size() > 1 ? "#" + operation : "");
                if (operations.size() > 1) {
                    request.put("operationName", operation);
                }
                Map<String, Object> answer = post(request, false);
                if (codes(answer).contains("TOO_EXPENSIVE")
                        || messages(answer).stream().anyMatch(m -> m.contains("characters are allowed"))) {
                    refused.put(name, answer.get("errors"));
                }
                costs.put(name, ((Number) extensions(answer).get("cost")).intValue());
            }
        }
        System.out.println("Worst-case costs (budget " + limits.maxCost() + "): " + costs);
        assertThat(refused).as("refused documents").isEmpty();
        assertThat(costs.values()).allMatch(cost -> cost > 0 && cost <= limits.maxCost());
    }

    @Test
    void theCostIsOnePerFieldPlusPageSizeTimesWhatEachItemAsks() {
        // units: 1 + 10 × edges (1 + 1 × node (1 + id 1 + name 1)) = 41
        assertThat(cost("{ units(first: 10) { edges { node { id name } } } }")).isEqualTo(41);
        // The SDL default page size (20) when first is left out or null.
        assertThat(cost("{ units { edges { node { id name } } } }")).isEqualTo(81);
        assertThat(cost("{ units(first: null) { edges { node { id name } } } }")).isEqualTo(81);
        // Aliases count separately.
        assertThat(cost("{ a: units(first: 10) { edges { node { id name } } } b: units(first: 10) { edges { node { id"
                + " name } } } }")).isEqualTo(82);
        // A list relationship without a page size counts its declared fan-out; a nested connection its page.
        int nested = cost("{ unit(id: \"unit:0001\") { partyOrganizations { members(first: 3) { nodes { id } } } } }");
        int fanOut = fanOut("Unit", "partyOrganizations");
        assertThat(nested).isEqualTo(1 + (1 + fanOut * (1 + 3 * (1 + 1 * 1))));
    }

    @Test
    void graphiqlsIntrospectionQueryIsWithinEveryBound() {
        Map<String, Object> answer = post(Map.of("query", graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY),
                false);
        assertThat(codes(answer)).isEmpty();
        assertThat(((Number) extensions(answer).get("cost")).intValue()).isPositive();
    }

    @Test
    void aFanOutOverTheBudgetIsRefusedBeforeAnyStatementRuns() {
        String deep = "{ people(first: 100) { nodes { partyOrganization { members(first: 100) { nodes { name"
                + " partyOrganization { members(first: 100) { nodes { name } } } } } } } } }";
        long started = System.nanoTime();
        Map<String, Object> answer = post(Map.of("query", deep), true);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(codes(answer)).containsExactly("TOO_EXPENSIVE");
        int cost = ((Number) extensions(answer).get("cost")).intValue();
        assertThat(cost).isGreaterThan(limits.maxCost());
        assertThat(messages(answer).get(0)).contains(Integer.toString(cost)).contains(Integer.toString(limits.maxCost()));
        assertThat(extensions(answer).get("cypherStatements")).isEqualTo(0);
        assertThat(answer.get("data")).isNull();
        assertThat(millis).isLessThan(2000);
    }

    @Test
    void tooManyAliasesRootFieldsOrFieldsAreRefusedBeforeAnyStatementRuns() {
        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < limits.maxAliases() + 1; i++) {
            aliases.append(" a").append(i).append(": cities { id }");
        }
        assertRefused(aliases.append(" }").toString(), "TOO_EXPENSIVE", "aliases");

        StringBuilder roots = new StringBuilder("{");
        for (int i = 0; i < limits.maxRootFields() + 1; i++) {
            roots.append(" cities { id }");
        }
        assertRefused(roots.append(" }").toString(), "TOO_EXPENSIVE", "root fields");

        // A fragment bomb: each fragment spreads the next twice; 2^20 fields, counted without expanding them.
        StringBuilder bomb = new StringBuilder("{ cities { ...F0 } }");
        for (int i = 0; i < 20; i++) {
            bomb.append(" fragment F").append(i).append(" on City { ...F").append(i + 1).append(" ...F").append(i + 1)
                    .append(" }");
        }
        bomb.append(" fragment F20 on City { id }");
        assertRefused(bomb.toString(), "TOO_EXPENSIVE", "fields");
    }

    @Test
    void longStringArgumentsAreRefusedBeforeAnyStatementRuns() {
        String long101 = "沙".repeat(limits.maxStringLength() + 1);
        assertRefused("{ units(filter: {nameContains: \"" + long101 + "\"}) { totalCount } }", "BAD_USER_INPUT",
                "nameContains");
        Map<String, Object> answer = post(Map.of("query", "query($t: String!) { search(text: $t) { name } }",
                "variables", Map.of("t", long101)), true);
        assertThat(codes(answer)).containsExactly("BAD_USER_INPUT");
        assertThat(messages(answer).get(0)).contains("search(text").contains(Integer.toString(limits.maxStringLength()));
        assertThat(extensions(answer).get("cypherStatements")).isEqualTo(0);
        // At the limit it runs.
        String long100 = "沙".repeat(limits.maxStringLength());
        assertThat(codes(post(Map.of("query", "{ units(filter: {nameContains: \"" + long100 + "\"}) { totalCount } }"),
                false))).isEmpty();
    }

    @Test
    void aDocumentOrBodyOverItsSizeIsRefusedUnparsed() {
        String padded = "{ cities { id } }\n#" + "x".repeat(limits.maxDocumentBytes());
        assertRefused(padded, "TOO_EXPENSIVE", "bytes");

        byte[] huge = ("{\"query\": \"{ cities { id } }\", \"variables\": {\"x\": \""
                + "x".repeat(limits.maxRequestBytes()) + "\"}}").getBytes(StandardCharsets.UTF_8);
        String body = GraphQlTesters.webClient(port).post().contentType(MediaType.APPLICATION_JSON).bodyValue(huge)
                .exchange().expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).contains("TOO_EXPENSIVE");
    }

    // ---- helpers

    private void assertRefused(String query, String code, String mentioned) {
        Map<String, Object> answer = post(Map.of("query", query), true);
        assertThat(codes(answer)).as(String.valueOf(answer.get("errors"))).containsExactly(code);
        assertThat(messages(answer).get(0)).contains(mentioned);
        Object statements = extensions(answer).get("cypherStatements");
        assertThat(statements == null ? 0 : statements).isEqualTo(0);
        assertThat(answer.get("data")).isNull();
    }

    private int cost(String query) {
        Map<String, Object> answer = post(Map.of("query", query), false);
        assertThat(codes(answer)).as(String.valueOf(answer.get("errors"))).isEmpty();
        return ((Number) extensions(answer).get("cost")).intValue();
    }

    private int fanOut(String type, String field) {
        return QueryCost.fanOut(graphQl.schema().getObjectType(type).getFieldDefinition(field), limits);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> post(Map<String, Object> body, boolean countStatements) {
        var request = GraphQlTesters.webClient(port).mutate()
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024)).build()
                .post().contentType(MediaType.APPLICATION_JSON);
        if (countStatements) {
            request = request.header(StatementCountInterceptor.HEADER, "true");
        }
        String text = request.bodyValue(body).exchange().expectBody(String.class).returnResult().getResponseBody();
        return json.readValue(text, LinkedHashMap.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> extensions(Map<String, Object> answer) {
        return (Map<String, Object>) answer.getOrDefault("extensions", Map.of());
    }

    /** Every variable at its worst: pages at their maximum, 100 ids; required ones filled in, the rest left out. */
    private static Map<String, Object> worstVariables(String query) {
        Document document = Parser.parse(query);
        Map<String, Object> variables = new HashMap<>();
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            for (VariableDefinition variable : operation.getVariableDefinitions()) {
                String name = variable.getName();
                Type<?> type = variable.getType();
                boolean required = type instanceof NonNullType;
                Type<?> bare = required ? ((NonNullType) type).getType() : type;
                if (WORST.containsKey(name)) {
                    variables.put(name, WORST.get(name));
                } else if (bare instanceof ListType && name.equals("ids")) {
                    variables.put(name, Collections.nCopies(PageRequests.MAX_PAGE_SIZE, "community:01"));
                } else if (required && bare instanceof TypeName typeName) {
                    variables.put(name, switch (typeName.getName()) {
                        case "ID" -> name.equals("to") ? "unit:0002" : "unit:0001";
                        case "String" -> "沙坪";
                        case "Date" -> "2019-06-01";
                        default -> throw new IllegalStateException("No worst value for $" + name + " in " + query);
                    });
                }
            }
        }
        return variables;
    }
}
