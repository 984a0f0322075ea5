package org.orggraph.organization;

import java.time.LocalDate;
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
import org.orggraph.api.CypherFiles;
import org.orggraph.api.GraphReader;
import org.orggraph.node.AsOf;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * A party organization's level as of a day: under an {@code asOf} the level it had then (升格 and 降格 are kept as
 * ChangeEvents with fromLevel/toLevel; the node holds today's level). Without one, today's level, read with the
 * node and no further statement; with one, all the party organizations of a request asked for the same day are
 * answered by one statement ({@code cypher/organization/levels-as-of.cypher}).
 */
@Controller
class PartyOrganizationLevels {

    static final String LOADER = "orggraph.levels-as-of";

    private final GraphReader reader;
    private final CypherFiles cypher;

    PartyOrganizationLevels(GraphReader reader, CypherFiles cypher, BatchLoaderRegistry registry) {
        this.reader = reader;
        this.cypher = cypher;
        registry.<Key, String>forName(LOADER).registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys)));
    }

    /** One party organization as of one day. */
    record Key(String id, LocalDate asOf) {
    }

    @SchemaMapping(typeName = "PartyOrganization", field = "level")
    CompletableFuture<String> level(PartyOrganization organization, DataFetchingEnvironment env) {
        LocalDate asOf = AsOf.of(env);
        if (asOf == null) {
            return CompletableFuture.completedFuture(organization.level());
        }
        DataLoader<Key, String> loader = env.getDataLoader(LOADER);
        return loader.load(new Key(organization.id(), asOf))
                .thenApply(level -> level == null ? organization.level() : level);
    }

    private Map<Key, String> load(Set<Key> keys) {
        Map<LocalDate, Set<String>> byDay = new LinkedHashMap<>();
        keys.forEach(key -> byDay.computeIfAbsent(key.asOf(), day -> new LinkedHashSet<>()).add(key.id()));
        Map<Key, String> levels = new HashMap<>();
        byDay.forEach((day, ids) -> {
            for (Record record : reader.read(cypher.load("organization/levels-as-of"),
                    Map.of("ids", List.copyOf(ids), "asOf", day))) {
                levels.put(new Key(record.get("id").asString(), day), record.get("level").asString(null));
            }
        });
        return levels;
    }
}
