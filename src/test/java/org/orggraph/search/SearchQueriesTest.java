package org.orggraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.GraphQlTesters;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Full-text search over names: Chinese parts, pinyin and initials, ranked; user text never breaks the query. */
@OrgGraphTest
@SuppressWarnings("unchecked")
class SearchQueriesTest {

    @LocalServerPort
    int port;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void client() {
        graphQl = GraphQlTesters.overHttp(port);
    }

    @Test
    void aPartOfAChineseNameFindsItsOrganization() {
        Map<String, Object> unit = (Map<String, Object>) graphQl.document(
                "{ alliance(id: \"alliance:02\") { members { organization { id name } } } }").execute()
                .path("alliance.members[5].organization").entity(Map.class).get();
        String name = (String) unit.get("name");
        // a middle part, without the common 鹤山市 prefix
        String part = name.substring(name.length() / 2 - 1, name.length() / 2 + 2);
        GraphQlTester.Response response = GraphQlTesters.countingStatements(port).documentName("search-names")
                .variable("text", part).variable("first", 100).execute();
        response.errors().verify();
        response.path("$.extensions.cypherStatements").entity(Integer.class).isEqualTo(1);
        response.path("search[*].node.id").entityList(String.class).contains((String) unit.get("id"));
        response.path("search[*].name").entityList(String.class)
                .satisfies(names -> assertThat(names).allMatch(n -> n.contains(part)));
        response.path("search[*].score").entityList(Double.class)
                .satisfies(scores -> assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a)));
    }

    @Test
    void pinyinAndInitialsFindShapingStreet() {
        for (String text : List.of("shaping", "ShaPing", "spjd", "sp", "沙坪")) {
            graphQl.documentName("search-names").variable("text", text).variable("types", List.of("Street"))
                    .execute().path("search[0].node.id").entity(String.class).isEqualTo("street:shaping");
        }
        GraphQlTester.Response byInitials = graphQl.documentName("search-names").variable("text", "spjd").execute();
        byInitials.path("search[0].name").entity(String.class).isEqualTo("沙坪街道");
        byInitials.path("search[0].node.__typename").entity(String.class).isEqualTo("Street");
        graphQl.documentName("search-names").variable("text", "shaping").variable("first", 10).execute()
                .path("search[*].name").entityList(String.class)
                .satisfies(names -> assertThat(names).contains("沙坪街道").allMatch(n -> n.startsWith("沙坪")));
    }

    @Test
    void typesKeepOnlyThoseLabels() {
        graphQl.documentName("search-names").variable("text", "社区").variable("types", List.of("Community"))
                .variable("first", 30).execute().path("search[*].label").entityList(String.class)
                .satisfies(labels -> assertThat(labels).hasSize(26).containsOnly("Community"));
    }

    @Test
    void luceneSyntaxInTheTextIsJustText() {
        for (String text : List.of("沙坪 AND (", "shaping*", "\"sp\"~2", "name:沙坪", "a || b", "\\")) {
            GraphQlTester.Response response = graphQl.documentName("search-names").variable("text", text).execute();
            if (text.equals("\\")) {
                response.errors().expect(e -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))).verify();
            } else {
                response.errors().verify();
            }
        }
    }

    @Test
    void emptyOrOversizedSearchesAreClearErrors() {
        for (Map<String, Object> variables : List.<Map<String, Object>>of(Map.of("text", ""), Map.of("text", "  "),
                Map.of("text", "?!*"), Map.of("text", "沙".repeat(101)), Map.of("text", "沙坪", "first", 0),
                Map.of("text", "沙坪", "first", 101))) {
            GraphQlTester.Request<?> request = graphQl.documentName("search-names");
            variables.forEach(request::variable);
            request.execute().errors().expect(e -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))
                    && !e.getMessage().contains("Exception")).verify();
        }
    }

    @Test
    void anUnknownTypeIsRefusedByTheSchemaForItIsAnEnumOfTheModelsLabels() {
        graphQl.documentName("search-names").variable("text", "沙坪").variable("types", List.of("Planet")).execute()
                .errors().expect(e -> "GRAPHQL_VALIDATION_FAILED".equals(e.getExtensions().get("code"))
                        && e.getMessage().contains("Planet")).verify();
    }
}
