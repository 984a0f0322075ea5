package org.orggraph.alliance;

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
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * {@code Alliance.counts} of every alliance of a request in one statement ({@code cypher/alliance/counts.cypher}),
 * computing only the counts selected: the member kinds are one hop, but the party organizations are a walk down
 * every subordinate organization and the party members a count over each of those, most of the statement's work.
 * A count not selected comes back 0 and is never shown.
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

    record Key(String allianceId, Selection selection) {
    }

    @SchemaMapping
    CompletableFuture<AllianceCounts> counts(Alliance alliance, DataFetchingEnvironment env) {
        DataLoader<Key, AllianceCounts> loader = env.getDataLoader(LOADER);
        return loader.load(new Key(alliance.id(), Selection.of(env.getSelectionSet())));
    }

    private Map<Key, AllianceCounts> load(Set<Key> keys) {
        Map<Selection, List<String>> bySelection = new HashMap<>();
        keys.forEach(key -> bySelection.computeIfAbsent(key.selection(), s -> new java.util.ArrayList<>())
                .add(key.allianceId()));
        Map<Key, AllianceCounts> counts = new HashMap<>();
        bySelection.forEach((selection, ids) -> {
            Map<String, Object> params = Map.of("ids", ids, "members", selection.members(),
                    "partyOrganizations", selection.partyOrganizations() || selection.partyMembers(),
                    "partyMembers", selection.partyMembers());
            for (Record r : reader.read(cypher.load("alliance/counts"), params)) {
                counts.put(new Key(r.get("id").asString(), selection), new AllianceCounts(r.get("communities").asInt(),
                        r.get("industrialParks").asInt(), r.get("units").asInt(), r.get("partyOrganizations").asInt(),
                        r.get("partyMembers").asInt()));
            }
        });
        return counts;
    }
}
