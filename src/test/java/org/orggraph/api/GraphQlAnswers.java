package org.orggraph.api;

import java.util.List;
import java.util.Map;

/** What tests read from a GraphQL response body parsed into maps: its errors' codes and messages. */
final class GraphQlAnswers {

    private GraphQlAnswers() {
    }

    /** The {@code extensions.code} of each error, in order; empty when there are none. */
    @SuppressWarnings("unchecked")
    static List<String> codes(Map<String, Object> answer) {
        return errors(answer).stream()
                .map(e -> String.valueOf(((Map<String, Object>) e.get("extensions")).get("code"))).toList();
    }

    /** The message of each error, in order. */
    static List<String> messages(Map<String, Object> answer) {
        return errors(answer).stream().map(e -> String.valueOf(e.get("message"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(Map<String, Object> answer) {
        return (List<Map<String, Object>>) answer.getOrDefault("errors", List.of());
    }
}
