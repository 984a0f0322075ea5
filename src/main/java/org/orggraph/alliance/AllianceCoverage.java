package org.orggraph.alliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
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
 * {@code Alliance.counts} of every alliance of a request in one statement ({@code cypher/alliance/counts.cypher}),
 * computing only the counts selected: the member kinds are one hop, but the party organizations are a walk down
 * every subordinate organization and the party members a count over each of those, most of the statement's work.
 * A count not selected comes back 0 and is never shown. Under an {@code asOf} above it ({@code alliance(id, asOf:)},
 * {@code alliances(asOf:)}) the counts are those of that day: the memberships then.
 */
@Controller
class AllianceCoverage {

    private static final String LOADER = "orggraph.allianceCounts";

    private final GraphReader reader;
    private final CypherFiles cypher;

    AllianceCoverage(GraphReader reader, CypherFiles cypher, BatchLoaderRegistry registry) {
        this.reader = reader;
        this.cypher = cypher;
        registry.<Key, AllianceCounts>forName(LOADER).registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys)));
    }

    /** Which counts a request selects. */
    record Selection(boolean members, boolean partyOrganizations, boolean partyMembers) {

        static Selection of(DataFetchingFieldSelectionSet selection) {
            return new Selection(selection.contains("communities") || selection.contains("industrialParks")
                    || selection.contains("units"), selection.contains("partyOrganizations"),
                    selection.contains("partyMembers"));
        }
    }

    /** One alliance's counts, with the selection and the day they are of (null: today). */
    record Key(String allianceId, Selection selection, LocalDate asOf) {
    }

    /** The alliances of one statement: those asked for with the same selection and day. */
    private record Batch(Selection selection, LocalDate asOf) {
    }

    @SchemaMapping
    CompletableFuture<AllianceCounts> counts(Alliance alliance, DataFetchingEnvironment env) {
        DataLoader<Key, AllianceCounts> loader = env.getDataLoader(LOADER);
        return loader.load(new Key(alliance.id(), Selection.of(env.getSelectionSet()), AsOf.of(env)));
    }

    private Map<Key, AllianceCounts> load(Set<Key> keys) {
        Map<Batch, List<String>> batches = new HashMap<>();
        keys.forEach(key -> batches.computeIfAbsent(new Batch(key.selection(), key.asOf()), b -> new ArrayList<>())
                .add(key.allianceId()));
        Map<Key, AllianceCounts> counts = new HashMap<>();
        batches.forEach((batch, ids) -> {
            Selection selection = batch.selection();
            Map<String, Object> params = new HashMap<>(Map.of("ids", ids, "members", selection.members(),
                    "partyOrganizations", selection.partyOrganizations() || selection.partyMembers(),
                    "partyMembers", selection.partyMembers()));
            params.put("asOf", batch.asOf());
            for (Record r : reader.read(cypher.load("alliance/counts"), params)) {
                counts.put(new Key(r.get("id").asString(), selection, batch.asOf()),
                        new AllianceCounts(r.get("communities").asInt(),
                        r.get("industrialParks").asInt(), r.get("units").asInt(), r.get("partyOrganizations").asInt(),
                        r.get("partyMembers").asInt()));
            }
        });
        return counts;
    }
}
