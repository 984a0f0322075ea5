package org.orggraph.organization;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.activity.Activity;
import org.orggraph.api.Connection;
import org.orggraph.api.Filters;
import org.orggraph.api.ListQuery;
import org.orggraph.api.SortDirection;
import org.orggraph.api.Values;
import org.orggraph.epidemic.VanguardTeam;
import org.orggraph.history.ChangeEvent;
import org.orggraph.member.Membership;
import org.orggraph.member.Person;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;
import org.orggraph.node.Hop;
import org.orggraph.node.IdArguments;
import org.orggraph.node.Lookup;
import org.orggraph.node.NodeResolver;
import org.orggraph.node.Relations;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code PartyOrganization}: the list of party organizations and each one's relationships. */
@Controller
class PartyOrganizationController {

    static final Hop HOST = Hop.out(NodeLabel.PartyOrganization, RelType.HOSTED_BY);
    static final Hop PARENT = Hop.out(NodeLabel.PartyOrganization, RelType.SUBORDINATE_TO, NodeLabel.PartyOrganization);
    static final Hop CHILDREN = Hop.in(NodeLabel.PartyOrganization, RelType.SUBORDINATE_TO, NodeLabel.PartyOrganization);
    static final Hop MEMBERS = Hop.in(NodeLabel.PartyOrganization, RelType.MEMBER_OF, NodeLabel.Person)
            .where(Hop.RelFilter.CURRENT);
    static final Hop FORMER_MEMBERS = Hop.in(NodeLabel.PartyOrganization, RelType.MEMBER_OF, NodeLabel.Person)
            .where(Hop.RelFilter.ENDED);
    static final Hop REPORTS_TO = Hop.out(NodeLabel.PartyOrganization, RelType.REPORTS_TO, NodeLabel.Community,
            NodeLabel.IndustrialPark);
    static final Hop REPRESENTED_UNITS = Hop.in(NodeLabel.PartyOrganization, RelType.REPRESENTED_ON, NodeLabel.Unit);
    static final Hop TEAMS = Hop.in(NodeLabel.PartyOrganization, RelType.FORMED_BY, NodeLabel.VanguardTeam);
    static final Hop MOBILIZED_FOR = Hop.out(NodeLabel.PartyOrganization, RelType.MOBILIZED_FOR, NodeLabel.Activity)
            .orderBy(Hop.HopOrder.DATE_DESC);
    static final Hop CHANGES = Hop.in(NodeLabel.PartyOrganization, RelType.CHANGED, NodeLabel.ChangeEvent)
            .orderBy(Hop.HopOrder.DATE);

    private final Relations relations;
    private final ListQuery lists;
    private final NodeResolver resolver;
    private final Lookup lookup;

    PartyOrganizationController(Relations relations, ListQuery lists, NodeResolver resolver, Lookup lookup) {
        this.relations = relations;
        this.lists = lists;
        this.resolver = resolver;
        this.lookup = lookup;
    }

    @QueryMapping
    PartyOrganization partyOrganization(@Argument String id) {
        return lookup.one(id, NodeLabel.PartyOrganization, PartyOrganization.class);
    }

    @QueryMapping
    Connection<PartyOrganization> partyOrganizations(@Argument OrganizationFilters.PartyOrganizationFilter filter,
            @Argument OrganizationFilters.PartyOrganizationOrderField orderBy, @Argument SortDirection direction,
            @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.hostId", filter.hostId());
            IdArguments.requireKind("filter.areaId", filter.areaId(), NodeLabel.City, NodeLabel.Street, NodeLabel.Town,
                    NodeLabel.Village, NodeLabel.Community, NodeLabel.ResidentialCompound, NodeLabel.IndustrialPark);
            IdArguments.requireKind("filter.allianceId", filter.allianceId(), NodeLabel.Alliance);
        }
        return lists.page("organization/party-organizations",
                Filters.parameters(OrganizationFilters.PartyOrganizationFilter.class, filter), orderBy.key(), direction,
                first, after, env, resolver.mapperOf(PartyOrganization.class));
    }

    @SchemaMapping
    CompletableFuture<Object> host(PartyOrganization po, DataFetchingEnvironment env) {
        return relations.one(env, po.id(), HOST);
    }

    @SchemaMapping
    CompletableFuture<PartyOrganization> parent(PartyOrganization po, DataFetchingEnvironment env) {
        return relations.one(env, po.id(), PARENT);
    }

    @SchemaMapping
    CompletableFuture<List<PartyOrganization>> children(PartyOrganization po, DataFetchingEnvironment env) {
        return relations.many(env, po.id(), CHILDREN);
    }

    @SchemaMapping
    CompletableFuture<Connection<Person>> members(PartyOrganization po, @Argument Integer first,
            @Argument String after, DataFetchingEnvironment env) {
        return relations.page(env, po.id(), MEMBERS, first, after);
    }

    @SchemaMapping
    CompletableFuture<List<Membership>> formerMembers(PartyOrganization po, DataFetchingEnvironment env) {
        return relations.rows(env, po.id(), FORMER_MEMBERS).thenApply(rows -> rows.stream()
                .map(row -> new Membership((Person) row.node(), po, Values.date(row.rel().get("since")),
                        Values.date(row.rel().get("until"))))
                .toList());
    }

    @SchemaMapping
    CompletableFuture<List<Object>> reportsTo(PartyOrganization po, DataFetchingEnvironment env) {
        return relations.many(env, po.id(), REPORTS_TO);
    }

    @SchemaMapping
    CompletableFuture<List<Unit>> representedUnits(PartyOrganization po, DataFetchingEnvironment env) {
        return relations.many(env, po.id(), REPRESENTED_UNITS);
    }

    @SchemaMapping
    CompletableFuture<List<VanguardTeam>> vanguardTeams(PartyOrganization po, DataFetchingEnvironment env) {
        return relations.many(env, po.id(), TEAMS);
    }

    @SchemaMapping
    CompletableFuture<List<Activity>> mobilizedFor(PartyOrganization po, DataFetchingEnvironment env) {
        return relations.many(env, po.id(), MOBILIZED_FOR);
    }

    @SchemaMapping
    CompletableFuture<List<ChangeEvent>> changes(PartyOrganization po, DataFetchingEnvironment env) {
        return relations.many(env, po.id(), CHANGES);
    }
}
