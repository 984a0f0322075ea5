package org.orggraph.node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.orggraph.api.CypherFiles;
import org.orggraph.api.GraphReader;
import org.orggraph.api.Keyset;
import org.orggraph.api.Page;
import org.orggraph.api.PageRequest;
import org.orggraph.api.PageRequests;
import org.orggraph.api.SortDirection;
import org.orggraph.api.SortKey;
import org.springframework.stereotype.Component;

/**
 * Runs a root list query: the list's {@code MATCH … WHERE} (from its feature's .cypher file, filters as
 * parameters), sorted by a whitelisted field and then by id, one keyset page after the cursor. One statement for
 * the page, or one for the page and {@code totalCount} when the query selects it.
 */
@Component
public class ListQuery {

    private final GraphReader reader;
    private final CypherFiles cypher;
    private final PageRequests pages;
    private final ReadPath nodes;

    public ListQuery(GraphReader reader, CypherFiles cypher, PageRequests pages, ReadPath nodes) {
        this.reader = reader;
        this.cypher = cypher;
        this.pages = pages;
        this.nodes = nodes;
    }

    /**
     * One page of a root list: {@code first}/{@code after} and {@code totalCount} taken from the field.
     *
     * @param matchFile  the list's Cypher ({@code feature/name}), a {@code MATCH … WHERE} binding {@code n}
     * @param parameters the filter parameters (see {@link org.orggraph.api.Filters})
     * @param type       the GraphQL record of the list's nodes
     */
    public <T> Page<T> page(String matchFile, Map<String, Object> parameters, SortKey field,
            SortDirection direction, DataFetchingEnvironment env, Class<T> type) {
        PageRequest request = pages.of(env);
        boolean desc = direction == SortDirection.DESC;
        String match = cypher.load(matchFile);
        Map<String, Object> params = new HashMap<>(parameters);
        params.put("afterKey", PageRequests.required(request, "key"));
        params.put("afterId", PageRequests.required(request, "id"));
        params.put("limit", request.limit());
        params.put("allow", nodes.allowlist(nodes.selected(Selections.itemFields(env.getSelectionSet()))));
        String key = "n." + field.property();
        // Even first: 0 runs the page statement (LIMIT 1): it tells whether there is a next page.
        Map<String, String> fragments = Map.of("match", match, "after", Keyset.after(key, desc, "n.id"),
                "key", key, "order", key + " " + (desc ? "DESC" : "ASC"));
        List<T> items = new ArrayList<>();
        List<Map<String, Object>> keysets = new ArrayList<>();
        Integer total = null;
        if (Selections.selects(env.getSelectionSet(), "totalCount")) {
            Record record = reader.read(cypher.render("api/page-counted", fragments), params).get(0);
            total = record.get("total").asInt();
            for (Value item : record.get("page").values()) {
                add(item, type, items, keysets);
            }
        } else {
            for (Record record : reader.read(cypher.render("api/page", fragments), params)) {
                add(record, type, items, keysets);
            }
        }
        return Page.of(items, keysets, request, total);
    }

    /** One item of a page as the page statements return it ({@code id}, {@code key}, {@code node}). */
    private <T> void add(org.neo4j.driver.types.MapAccessor item, Class<T> type, List<T> items,
            List<Map<String, Object>> keysets) {
        items.add(type.cast(nodes.object(item.get("node"))));
        keysets.add(keyset(item.get("key"), item.get("id").asString()));
    }

    /** A whole small list (cities, streets, duty list items), sorted by {@code field} then id. */
    public <T> List<T> all(String matchFile, Map<String, Object> parameters, SortKey field, Class<T> type) {
        Map<String, Object> params = new HashMap<>(parameters);
        params.put("afterKey", null);
        params.put("afterId", null);
        params.put("limit", PageRequests.MAX_PAGE_SIZE * 10);
        params.put("allow", nodes.allowlist());
        String key = "n." + field.property();
        String page = cypher.render("api/page", Map.of("match", cypher.load(matchFile),
                "after", Keyset.after(key, false, "n.id"), "key", key, "order", key + " ASC"));
        return reader.read(page, params).stream().map(r -> type.cast(nodes.object(r.get("node")))).toList();
    }

    /** The keyset of an item: its sort key and id. */
    public static Map<String, Object> keyset(Value key, String id) {
        Map<String, Object> keyset = new HashMap<>();
        keyset.put("key", key.asObject());
        keyset.put("id", id);
        return keyset;
    }
}
