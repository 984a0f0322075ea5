package org.orggraph.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
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
import org.springframework.stereotype.Controller;

/** {@code search}: full-text search over names, one statement ({@code cypher/search/search.cypher}). */
@Controller
class SearchController {

    static final int MAX_RESULTS = 100;
    /** Index hits looked at before the type filter and the tie-breaks; bounds the work of a one-letter search. */
    static final int SCAN = 2000;

    private final GraphReader reader;
    private final CypherFiles cypher;
    private final ReadPath readPath;

    SearchController(GraphReader reader, CypherFiles cypher, ReadPath readPath) {
        this.reader = reader;
        this.cypher = cypher;
        this.readPath = readPath;
    }

    @QueryMapping
    List<SearchHit> search(@Argument String text, @Argument List<NodeLabel> types, @Argument Integer first,
            GraphQLContext context) {
        int size = first == null ? 10 : first;
        if (size < 1 || size > MAX_RESULTS) {
            throw ApiException.badInput("first must be between 1 and " + MAX_RESULTS + " (got " + size + ")");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("query", LuceneQuery.of(text));
        params.put("types", searchable(types, Caller.of(context)));
        params.put("first", size);
        params.put("scan", SCAN);
        params.put("allow", readPath.allowlist());
        List<Record> records;
        try {
            records = reader.read(cypher.load("search/search"), params);
        } catch (ClientException e) {
            throw ApiException.badInput("The search text '" + text + "' could not be searched for; use Chinese"
                    + " characters, pinyin or initials");
        }
        List<SearchHit> hits = new ArrayList<>();
        for (Record record : records) {
            Value projected = record.get("node");
            Map<String, Object> properties = readPath.properties(projected);
            List<String> nodeLabels = readPath.labels(projected);
            Object node = readPath.object(properties, nodeLabels);
            if (node != null) {
                String label = nodeLabels.stream().filter(l -> !l.equals("Member")).findFirst().orElse(nodeLabels.get(0));
                hits.add(new SearchHit(record.get("score").asDouble(), node, label, (String) properties.get("name")));
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
