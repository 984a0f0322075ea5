package org.orggraph.area;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.activity.Activity;
import org.orggraph.activity.Summons;
import org.orggraph.api.Connection;
import org.orggraph.api.Filters;
import org.orggraph.api.ListQuery;
import org.orggraph.api.NameOrderField;
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
import org.orggraph.threelists.Need;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code ResidentialCompound}: the list of compounds and each compound's relationships. */
@Controller
class ResidentialCompoundController {

    static final Hop COMMUNITY = Hop.out(NodeLabel.ResidentialCompound, RelType.PART_OF, NodeLabel.Community);
    static final Hop BUILDINGS = Hop.in(NodeLabel.ResidentialCompound, RelType.PART_OF, NodeLabel.Building);
    static final Hop PARTY_ORGANIZATIONS = Hop.in(NodeLabel.ResidentialCompound, RelType.HOSTED_BY,
            NodeLabel.PartyOrganization);
    static final Hop GRIDS = Hop.in(NodeLabel.ResidentialCompound, RelType.COVERS, NodeLabel.Grid);
    static final Hop RESIDENTS = Hop.in(NodeLabel.ResidentialCompound, RelType.LIVES_IN, NodeLabel.Person);
    static final Hop VOLUNTEERS = Hop.in(NodeLabel.ResidentialCompound, RelType.VOLUNTEERS_FOR, NodeLabel.Person);
    static final Hop NEEDS = Hop.in(NodeLabel.ResidentialCompound, RelType.RAISED_BY, NodeLabel.Need);
    static final Hop SUMMONS = Hop.in(NodeLabel.ResidentialCompound, RelType.CONCERNS, NodeLabel.Summons)
            .orderBy(Hop.HopOrder.DATE_DESC);
    static final Hop ACTIVITIES = Hop.in(NodeLabel.ResidentialCompound, RelType.HELD_AT, NodeLabel.Activity)
            .orderBy(Hop.HopOrder.DATE_DESC);

    private final Relations relations;
    private final ListQuery lists;
    private final NodeResolver resolver;
    private final Lookup lookup;

    ResidentialCompoundController(Relations relations, ListQuery lists, NodeResolver resolver, Lookup lookup) {
        this.relations = relations;
        this.lists = lists;
        this.resolver = resolver;
        this.lookup = lookup;
    }

    @QueryMapping
    ResidentialCompound compound(@Argument String id) {
        return lookup.one(id, NodeLabel.ResidentialCompound, ResidentialCompound.class);
    }

    @QueryMapping
    Connection<ResidentialCompound> compounds(@Argument AreaFilters.ResidentialCompoundFilter filter,
            @Argument NameOrderField orderBy, @Argument SortDirection direction, @Argument Integer first,
            @Argument String after, DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.areaId", filter.areaId(), NodeLabel.Community, NodeLabel.Street,
                    NodeLabel.Town, NodeLabel.City);
            IdArguments.requireKind("filter.allianceId", filter.allianceId(), NodeLabel.Alliance);
        }
        return lists.page("area/compounds", Filters.parameters(AreaFilters.ResidentialCompoundFilter.class, filter),
                orderBy.key(), direction, first, after, env, resolver.mapperOf(ResidentialCompound.class));
    }

    @SchemaMapping
    CompletableFuture<Community> community(ResidentialCompound compound, DataFetchingEnvironment env) {
        return relations.one(env, compound.id(), COMMUNITY);
    }

    @SchemaMapping
    CompletableFuture<List<Building>> buildings(ResidentialCompound compound, DataFetchingEnvironment env) {
        return relations.many(env, compound.id(), BUILDINGS);
    }

    @SchemaMapping
    CompletableFuture<List<PartyOrganization>> partyOrganizations(ResidentialCompound compound,
            DataFetchingEnvironment env) {
        return relations.many(env, compound.id(), PARTY_ORGANIZATIONS);
    }

    @SchemaMapping
    CompletableFuture<List<Grid>> grids(ResidentialCompound compound, DataFetchingEnvironment env) {
        return relations.many(env, compound.id(), GRIDS);
    }

    @SchemaMapping
    CompletableFuture<Connection<Person>> residents(ResidentialCompound compound, @Argument Integer first,
            @Argument String after, DataFetchingEnvironment env) {
        return relations.page(env, compound.id(), RESIDENTS, first, after);
    }

    @SchemaMapping
    CompletableFuture<Connection<Person>> volunteers(ResidentialCompound compound, @Argument Integer first,
            @Argument String after, DataFetchingEnvironment env) {
        return relations.page(env, compound.id(), VOLUNTEERS, first, after);
    }

    @SchemaMapping
    CompletableFuture<List<Need>> needs(ResidentialCompound compound, DataFetchingEnvironment env) {
        return relations.many(env, compound.id(), NEEDS);
    }

    @SchemaMapping
    CompletableFuture<List<Summons>> summons(ResidentialCompound compound, DataFetchingEnvironment env) {
        return relations.many(env, compound.id(), SUMMONS);
    }

    @SchemaMapping
    CompletableFuture<List<Activity>> activities(ResidentialCompound compound, DataFetchingEnvironment env) {
        return relations.many(env, compound.id(), ACTIVITIES);
    }
}
