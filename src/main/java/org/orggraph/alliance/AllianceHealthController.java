package org.orggraph.alliance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.Record;
import org.orggraph.api.ApiException;
import org.orggraph.api.CypherFiles;
import org.orggraph.api.GraphReader;
import org.orggraph.model.NodeLabel;
import org.orggraph.node.NodeResolver;
import org.orggraph.node.ReadPath;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code allianceHealth}: the gaps planners act on, with ids. The structural gaps are one statement
 * ({@code cypher/alliance/health.cypher}); isolated members are those of {@code Alliance.isolatedMembers}, from
 * the same links statement, only when selected.
 */
@Controller
class AllianceHealthController {

    static final int MAX_FIRST = 100;
    static final int MAX_DAYS = 3_650;

    private final GraphReader reader;
    private final CypherFiles cypher;
    private final ReadPath readPath;
    private final OrganizationLinks links;
    private final Clock clock;

    AllianceHealthController(GraphReader reader, CypherFiles cypher, ReadPath readPath, OrganizationLinks links) {
        this.reader = reader;
        this.cypher = cypher;
        this.readPath = readPath;
        this.links = links;
        this.clock = Clock.systemDefaultZone();
    }

    @QueryMapping
    AllianceHealth allianceHealth(@Argument String allianceId, @Argument Integer unmetDays, @Argument Integer first,
            @Argument LocalDate asOf) {
        NodeResolver.requireKind("allianceId", allianceId, NodeLabel.Alliance);
        int days = ApiException.within("unmetDays", unmetDays, 30, 0, MAX_DAYS);
        int n = ApiException.within("first", first, 20, 0, MAX_FIRST);
        LocalDate today = LocalDate.now(clock);
        if (asOf != null && asOf.isAfter(today)) {
            throw ApiException.badInput("asOf " + asOf + " is in the future (today is " + today + ")");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("alliance", allianceId);
        params.put("asOf", asOf);
        params.put("raisedBefore", (asOf == null ? today : asOf).minusDays(days));
        params.put("first", n);
        params.put("allow", readPath.allowlist());
        List<Record> records = reader.read(cypher.load("alliance/health"), params);
        if (records.isEmpty()) {
            throw ApiException.notFound("alliance", allianceId);
        }
        Map<String, GapList> gaps = new LinkedHashMap<>();
        for (Record r : records) {
            List<Object> nodes = r.get("nodes").asList(readPath::object).stream().filter(Objects::nonNull).toList();
            gaps.put(r.get("gap").asString(), new GapList(r.get("totalCount").asInt(), nodes));
        }
        return new AllianceHealth(readPath.object(records.get(0).get("alliance")), allianceId, asOf, n,
                gaps.get("compoundsWithoutBranch"), gaps.get("communitiesWithoutServiceCenter"),
                gaps.get("unitsNeverReported"), gaps.get("unmetNeeds"));
    }

    @SchemaMapping(typeName = "AllianceHealth")
    CompletableFuture<GapList> isolatedMembers(AllianceHealth health, DataFetchingEnvironment env) {
        OrganizationLinks.Request request = new OrganizationLinks.Request(health.allianceId(), true,
                LinkKind.orAll(null).stream().map(Enum::name).toList(), 1, null, 0, health.asOf());
        return links.request(env, request).thenApply(result -> new GapList(result.isolated().size(),
                result.isolated().stream().limit(health.first()).map(AllianceMember::organization).toList()));
    }
}
