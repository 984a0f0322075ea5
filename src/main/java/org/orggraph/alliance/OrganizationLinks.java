package org.orggraph.alliance;

import java.time.LocalDate;
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
import org.orggraph.api.PageRequest;
import org.orggraph.api.PageRequests;
import org.orggraph.api.Values;
import org.orggraph.explore.Drawing;
import org.orggraph.node.ReadPath;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The links between alliance members, read from the link projection ({@code cypher/alliance/linked-organizations.cypher},
 * see {@link LinkProjection}), batched: every
 * {@code crossUnitLinks}, {@code bridges} or {@code isolatedMembers} field only registers its alliance with a
 * DataLoader; when GraphQL Java dispatches, all alliances asking with the same arguments are answered by ONE
 * statement. So {@code alliances { crossUnitLinks { … } }} runs one statement for all alliances of the page.
 */
@Component
public class OrganizationLinks {

    static final String LOADER = "orggraph.alliance.links";

    /** The statement the API answers with: ranks and pages the link projection, walks only the page's evidence. */
    static final String PROJECTED = "alliance/linked-organizations";

    /** The same answers by walking every member's evidence: what the projection is checked against. */
    static final String WALKED = "alliance/organization-links";

    /** What one alliance's field asks for, as of a day ({@code asOf}, null for today). */
    record Request(String allianceId, boolean within, List<String> kinds, int minWeight, PageRequest page,
            int evidenceFirst, LocalDate asOf) {

        Group group() {
            return new Group(within, kinds, minWeight, page, evidenceFirst, asOf);
        }
    }

    /** The arguments alliances share to be answered by one statement ({@code page} null: no page wanted). */
    record Group(boolean within, List<String> kinds, int minWeight, PageRequest page, int evidenceFirst,
            LocalDate asOf) {
    }

    /** One alliance's answer: the number of links, the requested page of them, and the members no link reaches. */
    record Result(int totalCount, List<OrganizationLink> page, List<AllianceMember> isolated) {
    }

    private final GraphReader reader;
    private final CypherFiles cypher;
    private final ReadPath readPath;

    public OrganizationLinks(GraphReader reader, CypherFiles cypher, ReadPath readPath,
            BatchLoaderRegistry registry) {
        this.reader = reader;
        this.cypher = cypher;
        this.readPath = readPath;
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
        return load(requests, PROJECTED);
    }

    /** The answers by one of the links statements ({@link #PROJECTED} or {@link #WALKED}). */
    Map<Request, Result> load(Set<Request> requests, String statementFile) {
        Map<Group, Set<String>> groups = new LinkedHashMap<>();
        for (Request request : requests) {
            groups.computeIfAbsent(request.group(), g -> new LinkedHashSet<>()).add(request.allianceId());
        }
        String patterns = cypher.load("alliance/member-link-patterns");
        String today = cypher.render(statementFile,
                Map.of("memberLinks", patterns, "memberLinksBetween", between(patterns)));
        Map<Request, Result> results = new HashMap<>();
        groups.forEach((group, allianceIds) -> {
            String statement = group.asOf() == null ? today : asOfStatement();
            Map<String, Object> params = new HashMap<>();
            params.put("allianceIds", List.copyOf(allianceIds));
            params.put("within", group.within());
            params.put("kinds", group.kinds());
            params.put("minWeight", group.minWeight());
            PageRequest page = group.page();
            params.put("afterWeight", page == null ? null : PageRequests.required(page, "weight"));
            params.put("afterSource", page == null ? null : PageRequests.required(page, "source"));
            params.put("afterTarget", page == null ? null : PageRequests.required(page, "target"));
            params.put("limit", page == null ? 0 : page.limit());
            params.put("evidenceFirst", group.evidenceFirst());
            params.put("allow", readPath.allowlist());
            params.put("asOf", group.asOf());
            for (Record record : reader.read(statement, params)) {
                String allianceId = record.get("allianceId").asString();
                Result result = new Result(record.get("totalCount").asInt(), page(record.get("page"), group.within()),
                        isolated(record.get("isolated")));
                results.put(new Request(allianceId, group.within(), group.kinds(), group.minWeight(), group.page(),
                        group.evidenceFirst(), group.asOf()), result);
            }
        });
        for (Request request : requests) {
            results.putIfAbsent(request, new Result(0, List.of(), List.of()));
        }
        return results;
    }

    /**
     * The evidence patterns with both ends bound ({@code m} and {@code o}, for one link of a page): the same branches
     * without {@code o} in their RETURN, as a subquery may not return a variable it imports. Neo4j then walks each
     * path from the cheaper end and only between the two, instead of every path from {@code m}.
     */
    static String between(String patterns) {
        String between = patterns.replace("\nRETURN o, ", "\nRETURN ");
        if (between.lines().anyMatch(line -> line.startsWith("RETURN o"))) {
            throw new IllegalStateException("member-link-patterns.cypher: a branch returns o other than as 'RETURN o, …'");
        }
        return between;
    }

    /** The links of a day: the same walk, with the evidence paths of that day (member-link-patterns-as-of). */
    private String asOfStatement() {
        return cypher.render("alliance/organization-links", Map.of("memberLinks", cypher.render(
                "alliance/member-link-patterns-as-of", Map.of("patterns", cypher.load("alliance/member-link-patterns")))));
    }

    private List<OrganizationLink> page(Value page, boolean within) {
        List<OrganizationLink> links = new ArrayList<>();
        for (Value link : page.values()) {
            Object source = readPath.object(link.get("source"));
            Object target = readPath.object(link.get("target"));
            List<LinkKindCount> counts = new ArrayList<>();
            for (Value count : link.get("kindCounts").values()) {
                counts.add(new LinkKindCount(LinkKind.valueOf(count.get("kind").asString()), count.get("count").asInt()));
            }
            counts.sort((a, b) -> a.kind().compareTo(b.kind()));
            List<LinkEvidence> evidence = interleave(link.get("evidence").asList(v -> new LinkEvidence(
                    LinkKind.valueOf(v.get("kind").asString()), v.get("witness").asString(), Drawing.path(v, readPath))));
            int weight = link.get("weight").asInt();
            links.add(within ? new CrossUnitLink(source, target, List.copyOf(counts), weight, evidence)
                    : new AllianceBridge(source, target, (Alliance) readPath.object(link.get("otherAlliance")),
                            List.copyOf(counts), weight, evidence));
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
            members.add(new AllianceMember(readPath.object(member.get("node")), member.get("id").asString(),
                    member.get("role").asString(null), Values.date(member.get("since").asObject())));
        }
        return AllianceMember.ordered(members);
    }
}
