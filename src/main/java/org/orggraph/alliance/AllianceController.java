package org.orggraph.alliance;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.orggraph.api.ApiException;
import org.orggraph.api.Page;
import org.orggraph.api.PageRequest;
import org.orggraph.api.PageRequests;
import org.orggraph.api.Values;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;
import org.orggraph.node.AsOf;
import org.orggraph.node.Hop;
import org.orggraph.node.NodeResolver;
import org.orggraph.node.ReadPath;
import org.orggraph.node.Relations;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code Alliance}: the list of alliances, each alliance's members and links (its counts: {@link AllianceCoverage}). */
@Controller
class AllianceController {

    /** Alliance.members: its communities, parks and units with role and since (lead first: real logic). */
    static final Hop MEMBERS = new Hop(NodeLabel.Alliance, RelType.IN_ALLIANCE, Hop.Direction.IN,
            Set.of(NodeLabel.Community, NodeLabel.IndustrialPark, NodeLabel.Unit), Hop.RelFilter.CURRENT, Hop.HopOrder.ID);

    /** Evidence items per link at most. */
    static final int MAX_EVIDENCE = 50;

    private final NodeResolver resolver;
    private final Relations relations;
    private final OrganizationLinks links;
    private final PageRequests pages;
    private final ReadPath readPath;

    AllianceController(NodeResolver resolver, Relations relations, OrganizationLinks links,
            PageRequests pages, ReadPath readPath) {
        this.resolver = resolver;
        this.relations = relations;
        this.links = links;
        this.pages = pages;
        this.readPath = readPath;
    }

    @SchemaMapping
    CompletableFuture<List<AllianceMember>> members(Alliance alliance, DataFetchingEnvironment env) {
        return relations.rows(env, alliance.id(), MEMBERS).thenApply(rows -> AllianceMember.ordered(rows.stream()
                .map(row -> new AllianceMember(row.node(), readPath.idOf(row.node()), Values.string(row.rel().get("role")),
                        Values.date(row.rel().get("since"))))
                .toList()));
    }

    @SchemaMapping(typeName = "AllianceMember")
    String role(AllianceMember member) {
        return member.role() == null ? "MEMBER" : member.role();
    }

    @SchemaMapping
    CompletableFuture<Page<CrossUnitLink>> crossUnitLinks(Alliance alliance, @Argument List<LinkKind> kinds,
            @Argument Integer minWeight, DataFetchingEnvironment env) {
        return page(alliance, true, kinds, minWeight, env);
    }

    @SchemaMapping
    CompletableFuture<Page<AllianceBridge>> bridges(Alliance alliance, @Argument List<LinkKind> kinds,
            @Argument Integer minWeight, DataFetchingEnvironment env) {
        return page(alliance, false, kinds, minWeight, env);
    }

    @SchemaMapping
    CompletableFuture<List<AllianceMember>> isolatedMembers(Alliance alliance, @Argument List<LinkKind> kinds,
            DataFetchingEnvironment env) {
        OrganizationLinks.Request request = new OrganizationLinks.Request(alliance.id(), true, names(kinds), 1, null, 0,
                AsOf.of(env));
        return links.request(env, request).thenApply(OrganizationLinks.Result::isolated);
    }

    @SchemaMapping(typeName = "CrossUnitLink")
    List<LinkEvidence> evidence(CrossUnitLink link, @Argument Integer first) {
        return evidenceOf(link, first);
    }

    @SchemaMapping(typeName = "AllianceBridge", field = "evidence")
    List<LinkEvidence> bridgeEvidence(AllianceBridge bridge, @Argument Integer first) {
        return evidenceOf(bridge, first);
    }

    private <T> CompletableFuture<Page<T>> page(Alliance alliance, boolean within, List<LinkKind> kinds,
            Integer minWeight, DataFetchingEnvironment env) {
        int weight = minWeight == null ? 1 : minWeight;
        if (weight < 1) {
            throw ApiException.badInput("minWeight must be at least 1 (got " + weight + "): every link has evidence");
        }
        PageRequest page = pages.of(env);
        OrganizationLinks.Request request = new OrganizationLinks.Request(alliance.id(), within, names(kinds), weight,
                page, evidenceWanted(env), AsOf.of(env));
        return links.request(env, request).thenApply(result -> {
            @SuppressWarnings("unchecked")
            List<T> items = (List<T>) result.page();
            List<Map<String, Object>> keysets = result.page().stream().map(this::keyset).toList();
            return Page.of(items, keysets, page, result.totalCount());
        });
    }

    /**
     * The most evidence any {@code evidence(first:)} under this field asks for (0 when none is selected), through
     * {@code edges { node }} or {@code nodes} alike.
     */
    private static int evidenceWanted(DataFetchingEnvironment env) {
        int wanted = 0;
        for (SelectedField field : env.getSelectionSet().getFields("edges/node/evidence", "nodes/evidence")) {
            Object first = field.getArguments().get("first");
            int n = first == null ? 5 : ((Number) first).intValue();
            checkEvidenceFirst(n);
            wanted = Math.max(wanted, n);
        }
        return wanted;
    }

    private static List<LinkEvidence> evidenceOf(OrganizationLink link, Integer first) {
        int n = first == null ? 5 : first;
        checkEvidenceFirst(n);
        List<LinkEvidence> evidence = link.evidenceFetched();
        return evidence.subList(0, Math.min(n, evidence.size()));
    }

    private static void checkEvidenceFirst(int n) {
        if (n < 0 || n > MAX_EVIDENCE) {
            throw ApiException.badInput("evidence(first:) must be between 0 and " + MAX_EVIDENCE + " (got " + n
                    + "); weight and kindCounts tell how much evidence there is");
        }
    }

    private static List<String> names(List<LinkKind> kinds) {
        return LinkKind.orAll(kinds).stream().map(Enum::name).toList();
    }

    /** A link's place in the weight order: its cursor holds the weight and both ends' ids. */
    private Map<String, Object> keyset(OrganizationLink link) {
        return Map.of("weight", link.weight(), "source", readPath.idOf(link.source()),
                "target", readPath.idOf(link.target()));
    }
}
