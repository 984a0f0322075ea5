package org.orggraph.alliance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
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
import org.orggraph.api.Values;
import org.orggraph.explore.Drawing;
import org.orggraph.node.NodeResolver;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The links between alliance members ({@code cypher/alliance/organization-links.cypher}), batched: every
 * {@code crossUnitLinks}, {@code bridges} or {@code isolatedMembers} field only registers its alliance with a
 * DataLoader; when GraphQL Java dispatches, all alliances asking with the same arguments are answered by ONE
 * statement. So {@code alliances { crossUnitLinks { … } }} runs one statement for all alliances of the page.
 */
@Component
public class OrganizationLinks {

    static final String LOADER = "orggraph.alliance.links";

    /** What one alliance's field asks for. */
    record Request(String allianceId, boolean within, List<String> kinds, int minWeight, int offset, int limit,
            int evidenceFirst) {

        Group group() {
            return new Group(within, kinds, minWeight, offset, limit, evidenceFirst);
        }
    }

    /** The arguments alliances share to be answered by one statement. */
    record Group(boolean within, List<String> kinds, int minWeight, int offset, int limit, int evidenceFirst) {
    }

    /** One alliance's answer: the number of links, the requested page of them, and the members no link reaches. */
    record Result(int totalCount, List<OrganizationLink> page, List<AllianceMember> isolated) {
    }

    private final GraphReader reader;
    private final CypherFiles cypher;
    private final NodeResolver resolver;

    public OrganizationLinks(GraphReader reader, CypherFiles cypher, NodeResolver resolver,
            BatchLoaderRegistry registry) {
        this.reader = reader;
        this.cypher = cypher;
        this.resolver = resolver;
        registry.<Request, Result>forName(LOADER).registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys)));
    }

    CompletableFuture<Result> request(DataFetchingEnvironment env, Request request) {
        DataLoader<Request, Result> loader = env.getDataLoader(LOADER);
        if (loader == null) {
            throw new IllegalStateException("DataLoader " + LOADER + " is not registered");
        }
        return loader.load(request);
    }

    Map<Request, Result> load(Set<Request> requests) {
        Map<Group, Set<String>> groups = new LinkedHashMap<>();
        for (Request request : requests) {
            groups.computeIfAbsent(request.group(), g -> new LinkedHashSet<>()).add(request.allianceId());
        }
        String statement = cypher.render("alliance/organization-links",
                Map.of("memberLinks", cypher.load("alliance/member-link-patterns")));
        Map<Request, Result> results = new HashMap<>();
        groups.forEach((group, allianceIds) -> {
            Map<String, Object> params = new HashMap<>();
            params.put("allianceIds", List.copyOf(allianceIds));
            params.put("within", group.within());
            params.put("kinds", group.kinds());
            params.put("minWeight", group.minWeight());
            params.put("offset", group.offset());
            params.put("limit", group.limit());
            params.put("evidenceFirst", group.evidenceFirst());
            for (Record record : reader.read(statement, params)) {
                String allianceId = record.get("allianceId").asString();
                Result result = new Result(record.get("totalCount").asInt(), page(record.get("page"), group.within()),
                        isolated(record.get("isolated")));
                results.put(new Request(allianceId, group.within(), group.kinds(), group.minWeight(), group.offset(),
                        group.limit(), group.evidenceFirst()), result);
            }
        });
        for (Request request : requests) {
            results.putIfAbsent(request, new Result(0, List.of(), List.of()));
        }
        return results;
    }

    private List<OrganizationLink> page(Value page, boolean within) {
        List<OrganizationLink> links = new ArrayList<>();
        for (Value link : page.values()) {
            Object source = object(link.get("source").asMap(), link.get("sourceLabels").asList(Value::asString));
            Object target = object(link.get("target").asMap(), link.get("targetLabels").asList(Value::asString));
            List<LinkKindCount> counts = new ArrayList<>();
            for (Value count : link.get("kindCounts").values()) {
                counts.add(new LinkKindCount(LinkKind.valueOf(count.get("kind").asString()), count.get("count").asInt()));
            }
            counts.sort((a, b) -> a.kind().compareTo(b.kind()));
            List<LinkEvidence> evidence = interleave(link.get("evidence").asList(v -> new LinkEvidence(
                    LinkKind.valueOf(v.get("kind").asString()), v.get("witness").asString(), Drawing.path(v.asMap()))));
            int weight = link.get("weight").asInt();
            links.add(within ? new CrossUnitLink(source, target, List.copyOf(counts), weight, evidence)
                    : new AllianceBridge(source, target, object(link.get("otherAlliance").asMap(),
                            link.get("otherAllianceLabels").asList(Value::asString)), List.copyOf(counts), weight, evidence));
        }
        return links;
    }

    /** Kinds take turns: the first item of each kind (in LinkKind order), then the second of each kind, … */
    static List<LinkEvidence> interleave(Collection<LinkEvidence> evidence) {
        Map<LinkKind, List<LinkEvidence>> byKind = new EnumMap<>(LinkKind.class);
        for (LinkEvidence item : evidence) {
            byKind.computeIfAbsent(item.kind(), k -> new ArrayList<>()).add(item);
        }
        for (List<LinkEvidence> items : byKind.values()) {
            items.sort((a, b) -> a.witness().compareTo(b.witness()));
        }
        List<LinkEvidence> turns = new ArrayList<>(evidence.size());
        for (int round = 0; turns.size() < evidence.size(); round++) {
            for (List<LinkEvidence> items : byKind.values()) {
                if (round < items.size()) {
                    turns.add(items.get(round));
                }
            }
        }
        return List.copyOf(turns);
    }

    private List<AllianceMember> isolated(Value isolated) {
        List<AllianceMember> members = new ArrayList<>();
        for (Value member : isolated.values()) {
            Map<String, Object> node = member.get("node").asMap();
            members.add(new AllianceMember(object(node, member.get("labels").asList(Value::asString)),
                    (String) node.get("id"), member.get("role").asString(null), Values.date(member.get("since").asObject())));
        }
        return AllianceMember.ordered(members);
    }

    private Object object(Map<String, Object> properties, List<String> labels) {
        Object object = resolver.toObject(properties, labels);
        return object != null ? object : resolver.byId((String) properties.get("id"));
    }
}
