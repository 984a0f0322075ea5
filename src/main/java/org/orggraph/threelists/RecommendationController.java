package org.orggraph.threelists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.orggraph.api.ApiException;
import org.orggraph.api.CypherFiles;
import org.orggraph.api.GraphReader;
import org.orggraph.model.NodeLabel;
import org.orggraph.node.NodeResolver;
import org.orggraph.node.ReadPath;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code recommendations(needId, first)}: one statement ({@code cypher/threelists/recommendations.cypher}). */
@Controller
class RecommendationController {

    static final int MAX_FIRST = 20;

    private final GraphReader reader;
    private final CypherFiles cypher;
    private final ReadPath readPath;
    private final NodeResolver resolver;

    RecommendationController(GraphReader reader, CypherFiles cypher, ReadPath readPath, NodeResolver resolver) {
        this.reader = reader;
        this.cypher = cypher;
        this.readPath = readPath;
        this.resolver = resolver;
    }

    @QueryMapping
    List<Recommendation> recommendations(@Argument String needId, @Argument Integer first) {
        int n = ApiException.within("first", first, 5, 1, MAX_FIRST);
        NodeResolver.requireKind("needId", needId, NodeLabel.Need);
        if (resolver.byId(needId) == null) {
            throw ApiException.notFound("need", needId);
        }
        List<Record> records = reader.read(cypher.load("threelists/recommendations"),
                Map.of("need", needId, "first", n, "allow", readPath.allowlist()));
        List<Recommendation> recommendations = new ArrayList<>();
        for (Record r : records) {
            Object unit = readPath.object(r.get("unit"));
            if (unit == null) {
                continue;
            }
            Value distance = r.get("distance");
            Integer hops = distance.isNull() ? null : distance.asInt();
            List<Object> resources = r.get("resources").asList(readPath::object).stream().filter(Objects::nonNull)
                    .toList();
            List<String> kinds = r.get("kinds").asList(Value::asString).stream().distinct().toList();
            boolean sameAlliance = r.get("sameAlliance").asBoolean();
            int past = r.get("pastProjects").asInt();
            int forCommunity = r.get("projectsForCommunity").asInt();
            recommendations.add(new Recommendation(unit, r.get("score").asDouble(), sameAlliance, resources, hops, past,
                    forCommunity, reason(kinds, sameAlliance, hops, past, forCommunity, r.get("community").asString())));
        }
        return recommendations;
    }

    /** The reason in words, for a planner's list: what it offers, how close it is, what it did before. */
    static String reason(List<String> kinds, boolean sameAlliance, Integer hops, int past, int forCommunity,
            String community) {
        return "offers " + String.join(", ", kinds)
                + (sameAlliance ? "; same alliance as " + community : "; another alliance than " + community)
                + (hops == null ? "; no connection within 4 hops" : "; " + hops + " hops from " + community)
                + "; " + past + " past projects, " + forCommunity + " for " + community;
    }
}
