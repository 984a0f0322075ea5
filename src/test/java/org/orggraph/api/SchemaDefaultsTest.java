package org.orggraph.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.orggraph.OrgGraphTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** An explicit {@code null} for an argument with an SDL default means the default, on every list. */
@OrgGraphTest
class SchemaDefaultsTest {

    @LocalServerPort
    int port;

    private HttpGraphQlTester graphQl() {
        return GraphQlTesters.overHttp(port);
    }

    /** The root fields that take an {@code orderBy}, found by introspection. */
    @SuppressWarnings("unchecked")
    private List<String> sortableLists() {
        List<Map<String, Object>> fields = graphQl().document("{ __schema { queryType { fields { name args { name } } } } }")
                .execute().path("__schema.queryType.fields").entityList(Map.class).get().stream()
                .map(m -> (Map<String, Object>) m).toList();
        return fields.stream()
                .filter(f -> ((List<Map<String, Object>>) f.get("args")).stream().anyMatch(a -> "orderBy".equals(a.get("name"))))
                .map(f -> (String) f.get("name")).toList();
    }

    @Test
    void orderByAndDirectionNullSortLikeNoOrderByOnEveryList() {
        List<String> lists = sortableLists();
        assertThat(lists).hasSizeGreaterThanOrEqualTo(15);
        for (String list : lists) {
            List<String> byDefault = ids(list, "first: 10");
            assertThat(byDefault).as(list).isNotEmpty();
            assertThat(ids(list, "first: 10, orderBy: null")).as(list).isEqualTo(byDefault);
            assertThat(ids(list, "first: 10, orderBy: null, direction: null")).as(list).isEqualTo(byDefault);
        }
    }

    @Test
    void orderByNullThroughAVariableIsTheDefaultToo() {
        List<String> byDefault = ids("people", "first: 10");
        assertThat(graphQl().document("query($o: PersonOrderField) { people(first: 10, orderBy: $o) { nodes { id } } }")
                .variable("o", null).execute().path("people.nodes[*].id").entityList(String.class).get())
                .isEqualTo(byDefault);
    }

    @Test
    void firstNullIsTheDefaultPageSize() {
        List<String> byDefault = ids("people", "");
        assertThat(byDefault).hasSize(20);
        assertThat(ids("people", "first: null")).isEqualTo(byDefault);
    }

    private List<String> ids(String list, String arguments) {
        String args = arguments.isEmpty() ? "" : "(" + arguments + ")";
        return graphQl().document("{ " + list + args + " { nodes { id } } }").execute()
                .path(list + ".nodes[*].id").entityList(String.class).get();
    }
}
