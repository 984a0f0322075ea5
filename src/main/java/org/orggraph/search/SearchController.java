package org.orggraph.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.orggraph.api.ApiError;
import org.orggraph.api.ApiException;
import org.orggraph.api.Caller;
import org.orggraph.api.CypherFiles;
import org.orggraph.api.GraphReader;
import org.orggraph.api.Role;
import org.orggraph.model.NodeLabel;
import org.orggraph.node.ReadPath;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** {@code search}: full-text search over names, one statement for all of a request ({@code cypher/search/search.cypher}). */
@Controller
class SearchController {

    static final int MAX_RESULTS = 100;
    /** Index hits looked at before the type filter and the tie-breaks; bounds the work of a one-letter search. */
    static final int SCAN = 2000;
    private static final String LOADER = "orggraph.search";

    private final GraphReader reader;
    private final CypherFiles cypher;
    private final ReadPath readPath;

    SearchController(GraphReader reader, CypherFiles cypher, ReadPath readPath, BatchLoaderRegistry registry) {
        this.reader = reader;
        this.cypher = cypher;
        this.readPath = readPath;
        registry.<Search, Found>forName(LOADER)
                .registerMappedBatchLoader((searches, env) -> Mono.fromCallable(() -> load(searches)));
    }

    @QueryMapping
    CompletableFuture<List<SearchHit>> search(@Argument String text, @Argument List<NodeLabel> types,
            @Argument Integer first, DataFetchingEnvironment env) {
        int size = first == null ? 10 : first;
        if (size < 1 || size > MAX_RESULTS) {
            throw ApiException.badInput("first must be between 1 and " + MAX_RESULTS + " (got " + size + ")");
        }
        Search search = new Search(text, LuceneQuery.of(text), searchable(types, Caller.of(env.getGraphQlContext())),
                size);
        DataLoader<Search, Found> loader = env.getDataLoader(LOADER);
        return loader.load(search).thenApply(Found::hits);
    }

    /** One search field of a request: the text typed, its Lucene query, the labels kept (null: all), how many. */
    record Search(String text, String query, List<String> types, int first) {
    }

    /** The hits of one search, or why its text could not be searched for. */
    record Found(List<SearchHit> found, ApiException refused) {

        List<SearchHit> hits() {
            if (refused != null) {
                throw refused;
            }
            return found;
        }
    }

    /**
     * All search fields of a request (aliases: byChinese, byPinyin, …) in one statement. If the index refuses a
     * query, each search runs alone so that only the one whose text could not be searched for fails.
     */
    private Map<Search, Found> load(Set<Search> searches) {
        List<Search> ordered = List.copyOf(searches);
        Map<Search, Found> results = new HashMap<>();
        try {
            List<Record> records = run(ordered);
            for (Record record : records) {
                results.put(ordered.get(record.get("i").asInt()), new Found(hits(record.get("hits")), null));
            }
            ordered.forEach(search -> results.putIfAbsent(search, new Found(List.of(), null)));
        } catch (ClientException e) {
            if (ordered.size() == 1) {
                results.put(ordered.get(0), new Found(null, ApiException.badInput("The search text '"
                        + ordered.get(0).text() + "' could not be searched for; use Chinese characters, pinyin or"
                        + " initials")));
            } else {
                ordered.forEach(search -> results.putAll(load(Set.of(search))));
            }
        }
        return results;
    }

    private List<Record> run(List<Search> searches) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Search search : searches) {
            Map<String, Object> item = new HashMap<>();
            item.put("query", search.query());
            item.put("types", search.types());
            item.put("first", search.first());
            items.add(item);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("searches", items);
        params.put("scan", SCAN);
        params.put("allow", readPath.allowlist());
        return reader.read(cypher.load("search/search"), params);
    }

    private List<SearchHit> hits(Value found) {
        List<SearchHit> hits = new ArrayList<>();
        for (Value hit : found.values()) {
            Value projected = hit.get("node");
            Map<String, Object> properties = readPath.properties(projected);
            List<String> nodeLabels = readPath.labels(projected);
            Object node = readPath.object(properties, nodeLabels);
            if (node != null) {
                String label = nodeLabels.stream().filter(l -> !l.equals("Member")).findFirst().orElse(nodeLabels.get(0));
                hits.add(new SearchHit(hit.get("score").asDouble(), node, label, (String) properties.get("name")));
            }
        }
        return hits;
    }

    /**
     * The labels a caller's search may return ({@code null}: all). People only from PLANNER on: a VIEWER finding
     * 曾小贤 by name would learn who is who, masked name or not. Filtering the index's hits by label keeps the plan
     * the same full-text index query for every role.
     */
    static List<String> searchable(List<NodeLabel> types, Caller caller) {
        boolean people = caller.has(Role.PLANNER);
        if (types != null && !types.isEmpty()) {
            if (!people && types.contains(NodeLabel.Person)) {
                throw new ApiException(ApiError.FORBIDDEN, "Only a PLANNER or a role above it may search people",
                        Map.of("argument", "types"));
            }
            return types.stream().map(Enum::name).toList();
        }
        return people ? null : Arrays.stream(NodeLabel.values())
                .filter(label -> label != NodeLabel.Person && label != NodeLabel.Member).map(Enum::name).toList();
    }
}
