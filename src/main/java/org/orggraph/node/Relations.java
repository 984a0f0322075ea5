package org.orggraph.node;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.orggraph.api.CypherFiles;
import org.orggraph.api.GraphReader;
import org.orggraph.api.Page;
import org.orggraph.api.PageRequest;
import org.orggraph.api.PageRequests;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Relationship fields without N+1: every call only registers the source id with a DataLoader; when GraphQL Java
 * dispatches, all sources waiting on the same {@link Hop} (and page) are answered by ONE statement
 * ({@code cypher/node/hop.cypher} / {@code hop-page.cypher}). So a request runs one statement per relationship
 * field (and page) in its selection, however many objects the result holds. Targets leave the database through
 * the {@link ReadPath}.
 */
@Component
public class Relations {

    static final String LOADER = "orggraph.relations";

    private final GraphReader reader;
    private final CypherFiles cypher;
    private final ReadPath readPath;

    public Relations(GraphReader reader, CypherFiles cypher, ReadPath readPath, BatchLoaderRegistry registry) {
        this.reader = reader;
        this.cypher = cypher;
        this.readPath = readPath;
        registry.<Key, Result>forName(LOADER).registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys)));
    }

    /** A target with the properties of the relationship that led to it (e.g. a membership's since/until). */
    public record Row(Object node, Map<String, Object> rel) {
    }

    /**
     * What one source asks of a hop: everything ({@code page} null), or one page, counted or not; as of a day
     * ({@code asOf}, null for today: see {@link AsOf}).
     */
    record Key(Hop hop, String source, PageRequest page, boolean count, LocalDate asOf, Set<String> selected) {
    }

    record Result(List<Row> rows, List<Map<String, Object>> keysets, Integer total) {
    }

    /** All targets with their relationship's properties, in the hop's order. */
    public CompletableFuture<List<Row>> rows(DataFetchingEnvironment env, String sourceId, Hop hop) {
        return rows(env, sourceId, hop, null);
    }

    /** All targets, with only the {@code selected} properties ({@link ReadPath#selected}; null: all). */
    CompletableFuture<List<Row>> rows(DataFetchingEnvironment env, String sourceId, Hop hop, Set<String> selected) {
        return loader(env).load(new Key(hop, sourceId, null, false, AsOf.of(env), selected)).thenApply(Result::rows);
    }

    /** One page of the targets ({@code first}/{@code after} validated like every list; counted only if selected). */
    public CompletableFuture<Page<Row>> page(DataFetchingEnvironment env, String sourceId, Hop hop,
            PageRequest request) {
        return page(env, sourceId, hop, request, null);
    }

    /** One page of the targets, with only the {@code selected} properties ({@link ReadPath#selected}; null: all). */
    CompletableFuture<Page<Row>> page(DataFetchingEnvironment env, String sourceId, Hop hop, PageRequest request,
            Set<String> selected) {
        boolean count = Selections.selects(env.getSelectionSet(), "totalCount");
        return loader(env).load(new Key(hop, sourceId, request, count, AsOf.of(env), selected))
                .thenApply(result -> Page.of(result.rows(), result.keysets(), request, result.total()));
    }

    private static DataLoader<Key, Result> loader(DataFetchingEnvironment env) {
        DataLoader<Key, Result> loader = env.getDataLoader(LOADER);
        if (loader == null) {
            throw new IllegalStateException("DataLoader " + LOADER + " is not registered");
        }
        return loader;
    }

    private record Group(Hop hop, PageRequest page, boolean count, LocalDate asOf, Set<String> selected) {
    }

    Map<Key, Result> load(Set<Key> keys) {
        Map<Group, Set<String>> groups = new LinkedHashMap<>();
        for (Key key : keys) {
            groups.computeIfAbsent(new Group(key.hop(), key.page(), key.count(), key.asOf(), key.selected()), g -> new LinkedHashSet<>())
                    .add(key.source());
        }
        Map<Key, Result> results = new HashMap<>();
        groups.forEach((group, sources) -> {
            Hop hop = group.hop();
            Map<String, Object> params = new HashMap<>();
            params.put("ids", List.copyOf(sources));
            params.put("allow", readPath.allowlist(group.selected()));
            params.put("asOf", group.asOf());
            if (group.page() == null) {
                Map<String, List<Row>> rows = new HashMap<>();
                for (Record record : reader.read(cypher.render("node/hop", hop.fragments()), params)) {
                    Object node = readPath.object(record.get("node"));
                    if (node != null) {
                        rows.computeIfAbsent(record.get("source").asString(), s -> new ArrayList<>())
                                .add(new Row(node, record.get("rel").asMap()));
                    }
                }
                for (String source : sources) {
                    results.put(new Key(hop, source, null, false, group.asOf(), group.selected()),
                            new Result(rows.getOrDefault(source, List.of()), List.of(), null));
                }
            } else {
                PageRequest page = group.page();
                params.put("afterKey", PageRequests.required(page, "key"));
                params.put("afterId", PageRequests.required(page, "id"));
                params.put("limit", page.limit());
                params.put("count", group.count());
                for (Record record : reader.read(cypher.render("node/hop-page", hop.fragments()), params)) {
                    List<Row> rows = new ArrayList<>();
                    List<Map<String, Object>> keysets = new ArrayList<>();
                    for (Value item : record.get("page").values()) {
                        Object node = readPath.object(item.get("node"));
                        if (node != null) {
                            rows.add(new Row(node, item.get("rel").asMap()));
                            keysets.add(ListQuery.keyset(item.get("key"), item.get("id").asString()));
                        }
                    }
                    results.put(new Key(hop, record.get("source").asString(), page, group.count(), group.asOf(),
                            group.selected()),
                            new Result(rows, keysets, group.count() ? record.get("total").asInt() : null));
                }
            }
        });
        for (Key key : keys) {
            results.putIfAbsent(key, new Result(List.of(), List.of(), key.count() ? 0 : null));
        }
        return results;
    }
}
