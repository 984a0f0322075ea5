package org.orggraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * Runs a root list query: the list's {@code MATCH … WHERE} (from its feature's .cypher file, filters as
 * parameters), sorted by a whitelisted field and then by id, cut into a cursor page. One statement for the page,
 * plus one for {@code totalCount} only when the query selects it.
 */
@Component
public class ListQuery {

    private final GraphReader reader;
    private final CypherFiles cypher;

    public ListQuery(GraphReader reader, CypherFiles cypher) {
        this.reader = reader;
        this.cypher = cypher;
    }

    /**
     * @param matchFile  the list's Cypher ({@code feature/name}), a {@code MATCH … WHERE} binding {@code n}
     * @param parameters the filter parameters (see {@link Filters})
     * @param mapper     node properties and labels → GraphQL object
     */
    public <T> Connection<T> page(String matchFile, Map<String, Object> parameters, SortKey field,
            SortDirection direction, Integer first, String after, DataFetchingEnvironment env,
            BiFunction<Map<String, Object>, List<String>, T> mapper) {
        SortDirection dir = direction == null ? SortDirection.ASC : direction;
        Paging.Window window = Paging.window(first, after, field.name() + "_" + dir.name());
        String match = cypher.load(matchFile);
        Map<String, Object> params = new HashMap<>(parameters);
        params.put("skip", window.offset());
        params.put("limit", window.limit());
        // Even first: 0 runs the page statement (LIMIT 1): it tells whether there is a next page.
        String page = cypher.render("api/page", Map.of("match", match,
                "order", "n." + field.property() + " " + dir.cypher()));
        List<T> nodes = reader.read(page, params).stream().map(r -> map(r, mapper)).toList();
        Integer total = null;
        if (env == null || env.getSelectionSet().contains("totalCount")) {
            total = reader.read(cypher.render("api/count", Map.of("match", match)), params).get(0).get("total").asInt();
        }
        return window.connection(nodes, total);
    }

    /** A whole small list (cities, streets, duty list items), sorted by {@code field} then id. */
    public <T> List<T> all(String matchFile, Map<String, Object> parameters, SortKey field,
            BiFunction<Map<String, Object>, List<String>, T> mapper) {
        Map<String, Object> params = new HashMap<>(parameters);
        params.put("skip", 0);
        params.put("limit", Paging.MAX_PAGE_SIZE * 10);
        String page = cypher.render("api/page", Map.of("match", cypher.load(matchFile), "order", "n." + field.property() + " ASC"));
        return reader.read(page, params).stream().map(r -> map(r, mapper)).toList();
    }

    private static <T> T map(Record record, BiFunction<Map<String, Object>, List<String>, T> mapper) {
        return mapper.apply(record.get("node").asMap(), record.get("labels").asList(v -> v.asString()));
    }
}
