package org.orggraph.node;

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
import org.orggraph.api.Connection;
import org.orggraph.api.CypherFiles;
import org.orggraph.api.GraphReader;
import org.orggraph.api.Paging;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Relationship fields without N+1: every call only registers the source id with a DataLoader; when GraphQL Java
 * dispatches, all sources waiting on the same {@link Hop} (and page window) are answered by ONE statement
 * ({@code cypher/node/hop.cypher} / {@code hop-page.cypher}). So a request runs one statement per relationship
 * field (and page window) in its selection, however many objects the result holds. Targets of labels another
 * feature fetches (alliances) cost one more statement per label, through {@link NodeResolver#byIds}.
 */
@Component
public class Relations {

    static final String LOADER = "orggraph.relations";

    private final GraphReader reader;
    private final CypherFiles cypher;
    private final NodeResolver resolver;

    public Relations(GraphReader reader, CypherFiles cypher, NodeResolver resolver, BatchLoaderRegistry registry) {
        this.reader = reader;
        this.cypher = cypher;
        this.resolver = resolver;
        registry.<Key, Result>forName(LOADER).registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys)));
    }

    /** A target with the properties of the relationship that led to it (e.g. a membership's since/until). */
    public record Row(Object node, Map<String, Object> rel) {
    }

    record Key(Hop hop, String source, Integer skip, Integer limit) {
    }

    record Result(List<Row> rows, int total) {
    }

    /** All targets of a hop from one source, in the hop's order. */
    @SuppressWarnings("unchecked")
    public <T> CompletableFuture<List<T>> many(DataFetchingEnvironment env, String sourceId, Hop hop) {
        return rows(env, sourceId, hop).thenApply(rows -> (List<T>) rows.stream().map(Row::node).toList());
    }

    /** The first target of a hop from one source, or {@code null} (for to-one relationships). */
    @SuppressWarnings("unchecked")
    public <T> CompletableFuture<T> one(DataFetchingEnvironment env, String sourceId, Hop hop) {
        return rows(env, sourceId, hop).thenApply(rows -> rows.isEmpty() ? null : (T) rows.get(0).node());
    }

    /** All targets with their relationship's properties. */
    public CompletableFuture<List<Row>> rows(DataFetchingEnvironment env, String sourceId, Hop hop) {
        return loader(env).load(new Key(hop, sourceId, null, null)).thenApply(Result::rows);
    }

    /** One page of the targets, as a connection ({@code first}/{@code after} validated like every list). */
    public <T> CompletableFuture<Connection<T>> page(DataFetchingEnvironment env, String sourceId, Hop hop,
            Integer first, String after, java.util.function.Function<Row, T> mapper) {
        Paging.Window window = Paging.window(first, after, hop.order().name());
        return loader(env).load(new Key(hop, sourceId, window.offset(), window.limit()))
                .thenApply(result -> window.connection(result.rows(), result.total(), mapper));
    }

    /** The row mapper of a connection of plain targets. */
    @SuppressWarnings("unchecked")
    public static <T> java.util.function.Function<Row, T> node() {
        return row -> (T) row.node();
    }

    /** {@link #page} of plain targets. */
    public <T> CompletableFuture<Connection<T>> page(DataFetchingEnvironment env, String sourceId, Hop hop,
            Integer first, String after) {
        return page(env, sourceId, hop, first, after, node());
    }

    private static DataLoader<Key, Result> loader(DataFetchingEnvironment env) {
        DataLoader<Key, Result> loader = env.getDataLoader(LOADER);
        if (loader == null) {
            throw new IllegalStateException("DataLoader " + LOADER + " is not registered");
        }
        return loader;
    }

    private record Group(Hop hop, Integer skip, Integer limit) {
    }

    private record RawRow(Map<String, Object> node, List<String> labels, Map<String, Object> rel) {
    }

    Map<Key, Result> load(Set<Key> keys) {
        Map<Group, Set<String>> groups = new LinkedHashMap<>();
        for (Key key : keys) {
            groups.computeIfAbsent(new Group(key.hop(), key.skip(), key.limit()), g -> new LinkedHashSet<>())
                    .add(key.source());
        }
        Map<Key, List<RawRow>> raw = new HashMap<>();
        Map<Key, Integer> totals = new HashMap<>();
        groups.forEach((group, sources) -> {
            Hop hop = group.hop();
            Map<String, String> fragments = Map.of("from", hop.from().cypher(), "pattern", hop.pattern(),
                    "targets", hop.targets(), "filter", hop.filter().cypher, "order", hop.order().cypher);
            Map<String, Object> params = new HashMap<>();
            params.put("ids", List.copyOf(sources));
            if (group.limit() == null) {
                for (Record record : reader.read(cypher.render("node/hop", fragments), params)) {
                    Key key = new Key(hop, record.get("source").asString(), null, null);
                    raw.computeIfAbsent(key, k -> new ArrayList<>()).add(new RawRow(record.get("node").asMap(),
                            record.get("labels").asList(Value::asString), record.get("rel").asMap()));
                }
            } else {
                params.put("skip", group.skip());
                params.put("limit", group.limit());
                for (Record record : reader.read(cypher.render("node/hop-page", fragments), params)) {
                    Key key = new Key(hop, record.get("source").asString(), group.skip(), group.limit());
                    List<RawRow> rows = new ArrayList<>();
                    for (Value item : record.get("page").values()) {
                        rows.add(new RawRow(item.get("node").asMap(), item.get("labels").asList(Value::asString),
                                item.get("rel").asMap()));
                    }
                    raw.put(key, rows);
                    totals.put(key, record.get("total").asInt());
                }
            }
        });
        // Targets whose type another feature builds (alliances): one more statement per such label, for all keys.
        List<String> unmapped = new ArrayList<>();
        Map<RawRow, Object> objects = new HashMap<>();
        raw.values().forEach(rows -> rows.forEach(row -> {
            Object object = resolver.toObject(row.node(), row.labels());
            if (object == null) {
                unmapped.add((String) row.node().get("id"));
            } else {
                objects.put(row, object);
            }
        }));
        Map<String, Object> fetched = new HashMap<>();
        if (!unmapped.isEmpty()) {
            List<String> ids = List.copyOf(new LinkedHashSet<>(unmapped));
            List<Object> found = resolver.byIds(ids);
            for (int i = 0; i < ids.size(); i++) {
                fetched.put(ids.get(i), found.get(i));
            }
        }
        Map<Key, Result> results = new HashMap<>();
        for (Key key : keys) {
            List<Row> rows = new ArrayList<>();
            for (RawRow row : raw.getOrDefault(key, List.of())) {
                Object object = objects.containsKey(row) ? objects.get(row) : fetched.get((String) row.node().get("id"));
                if (object != null) {
                    rows.add(new Row(object, row.rel()));
                }
            }
            results.put(key, new Result(rows, totals.getOrDefault(key, rows.size())));
        }
        return results;
    }
}
