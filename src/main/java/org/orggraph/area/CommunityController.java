package org.orggraph.area;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.activity.Activity;
import org.orggraph.activity.Summons;
import org.orggraph.api.Connection;
import org.orggraph.api.Filters;
import org.orggraph.api.ListQuery;
import org.orggraph.api.SortDirection;
import org.orggraph.member.Person;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;
import org.orggraph.node.Hop;
import org.orggraph.node.IdArguments;
import org.orggraph.node.Lookup;
import org.orggraph.node.NodeResolver;
import org.orggraph.node.Relations;
import org.orggraph.organization.PartyOrganization;
import org.orggraph.organization.ServiceCenter;
import org.orggraph.organization.Unit;
import org.orggraph.threelists.Need;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code Community}: the list of communities and each community's relationships. */
@Controller
class CommunityController {

    static final Hop PART_OF = Hop.out(NodeLabel.Community, RelType.PART_OF, NodeLabel.Street, NodeLabel.Town);
    static final Hop COMPOUNDS = Hop.in(NodeLabel.Community, RelType.PART_OF, NodeLabel.ResidentialCompound);
    static final Hop PARTY_ORGANIZATIONS = Hop.in(NodeLabel.Community, RelType.HOSTED_BY, NodeLabel.PartyOrganization);
    static final Hop SERVICE_CENTERS = Hop.in(NodeLabel.Community, RelType.LOCATED_IN, NodeLabel.ServiceCenter);
    static final Hop NEEDS = Hop.in(NodeLabel.Community, RelType.RAISED_BY, NodeLabel.Need);
    static final Hop SUMMONS = Hop.in(NodeLabel.Community, RelType.RAISED_BY, NodeLabel.Summons)
            .orderBy(Hop.HopOrder.DATE_DESC);
    static final Hop ACTIVITIES = Hop.in(NodeLabel.Community, RelType.HELD_AT, NodeLabel.Activity)
            .orderBy(Hop.HopOrder.DATE_DESC);
    static final Hop STATIONED_UNITS = Hop.in(NodeLabel.Community, RelType.STATIONED_AT, NodeLabel.Unit);
    static final Hop REPORTING_POS = Hop.in(NodeLabel.Community, RelType.REPORTS_TO, NodeLabel.PartyOrganization);
    static final Hop REPORTING_MEMBERS = Hop.in(NodeLabel.Community, RelType.REPORTS_TO, NodeLabel.Person);
    static final Hop WORKERS = Hop.in(NodeLabel.Community, RelType.COMMUNITY_WORKER_OF, NodeLabel.Person);

    private final Relations relations;
    private final ListQuery lists;
    private final NodeResolver resolver;
    private final Lookup lookup;

    CommunityController(Relations relations, ListQuery lists, NodeResolver resolver, Lookup lookup) {
        this.relations = relations;
        this.lists = lists;
        this.resolver = resolver;
        this.lookup = lookup;
    }

    @QueryMapping
    Community community(@Argument String id) {
        return lookup.one(id, NodeLabel.Community, Community.class);
    }

    @QueryMapping
    Connection<Community> communities(@Argument AreaFilters.CommunityFilter filter,
            @Argument CommunityOrderField orderBy, @Argument SortDirection direction, @Argument Integer first,
            @Argument String after, DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.areaId", filter.areaId(), NodeLabel.Street, NodeLabel.Town, NodeLabel.City);
            IdArguments.requireKind("filter.allianceId", filter.allianceId(), NodeLabel.Alliance);
        }
        return lists.page("area/communities", Filters.parameters(AreaFilters.CommunityFilter.class, filter),
                orderBy.key(), direction, first, after, env, resolver.mapperOf(Community.class));
    }

    @SchemaMapping
    CompletableFuture<Object> partOf(Community community, DataFetchingEnvironment env) {
        return relations.one(env, community.id(), PART_OF);
    }

    @SchemaMapping
    CompletableFuture<List<ResidentialCompound>> compounds(Community community, DataFetchingEnvironment env) {
        return relations.many(env, community.id(), COMPOUNDS);
    }

    @SchemaMapping
    CompletableFuture<List<PartyOrganization>> partyOrganizations(Community community, DataFetchingEnvironment env) {
        return relations.many(env, community.id(), PARTY_ORGANIZATIONS);
    }

    @SchemaMapping
    CompletableFuture<List<ServiceCenter>> serviceCenters(Community community, DataFetchingEnvironment env) {
        return relations.many(env, community.id(), SERVICE_CENTERS);
    }

    @SchemaMapping
    CompletableFuture<List<Need>> needs(Community community, DataFetchingEnvironment env) {
        return relations.many(env, community.id(), NEEDS);
    }

    @SchemaMapping
    CompletableFuture<List<Summons>> summons(Community community, DataFetchingEnvironment env) {
        return relations.many(env, community.id(), SUMMONS);
    }

    @SchemaMapping
    CompletableFuture<List<Activity>> activities(Community community, DataFetchingEnvironment env) {
        return relations.many(env, community.id(), ACTIVITIES);
    }

    @SchemaMapping
    CompletableFuture<List<Unit>> stationedUnits(Community community, DataFetchingEnvironment env) {
        return relations.many(env, community.id(), STATIONED_UNITS);
    }

    @SchemaMapping
    CompletableFuture<List<PartyOrganization>> reportingPartyOrganizations(Community community,
            DataFetchingEnvironment env) {
        return relations.many(env, community.id(), REPORTING_POS);
    }

    @SchemaMapping
    CompletableFuture<Connection<Person>> reportingMembers(Community community, @Argument Integer first,
            @Argument String after, DataFetchingEnvironment env) {
        return relations.page(env, community.id(), REPORTING_MEMBERS, first, after);
    }

    @SchemaMapping
    CompletableFuture<List<Person>> communityWorkers(Community community, DataFetchingEnvironment env) {
        return relations.many(env, community.id(), WORKERS);
    }
}
