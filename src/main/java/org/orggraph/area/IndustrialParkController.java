package org.orggraph.area;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.api.Connection;
import org.orggraph.api.Filters;
import org.orggraph.api.ListQuery;
import org.orggraph.api.NameOrderField;
import org.orggraph.api.SortDirection;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;
import org.orggraph.node.Hop;
import org.orggraph.node.IdArguments;
import org.orggraph.node.NodeResolver;
import org.orggraph.node.Relations;
import org.orggraph.organization.PartyOrganization;
import org.orggraph.organization.ServiceCenter;
import org.orggraph.organization.Unit;
import org.orggraph.threelists.Resource;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code IndustrialPark}: the list of parks and each park's relationships. */
@Controller
class IndustrialParkController {

    static final Hop PART_OF = Hop.out(NodeLabel.IndustrialPark, RelType.PART_OF, NodeLabel.Street, NodeLabel.Town);
    static final Hop UNITS = Hop.in(NodeLabel.IndustrialPark, RelType.LOCATED_IN, NodeLabel.Unit);
    static final Hop PARTY_ORGANIZATIONS = Hop.in(NodeLabel.IndustrialPark, RelType.HOSTED_BY,
            NodeLabel.PartyOrganization);
    static final Hop RESOURCES = Hop.in(NodeLabel.IndustrialPark, RelType.OFFERED_BY, NodeLabel.Resource);
    static final Hop SERVICE_CENTERS = Hop.in(NodeLabel.IndustrialPark, RelType.LOCATED_IN, NodeLabel.ServiceCenter);
    static final Hop REPORTING_POS = Hop.in(NodeLabel.IndustrialPark, RelType.REPORTS_TO, NodeLabel.PartyOrganization);

    private final Relations relations;
    private final ListQuery lists;
    private final NodeResolver resolver;

    IndustrialParkController(Relations relations, ListQuery lists, NodeResolver resolver) {
        this.relations = relations;
        this.lists = lists;
        this.resolver = resolver;
    }

    @QueryMapping
    Connection<IndustrialPark> industrialParks(@Argument AreaFilters.IndustrialParkFilter filter,
            @Argument NameOrderField orderBy, @Argument SortDirection direction, @Argument Integer first,
            @Argument String after, DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.areaId", filter.areaId(), NodeLabel.Street, NodeLabel.Town, NodeLabel.City);
            IdArguments.requireKind("filter.allianceId", filter.allianceId(), NodeLabel.Alliance);
        }
        return lists.page("area/industrial-parks", Filters.parameters(AreaFilters.IndustrialParkFilter.class, filter),
                orderBy.key(), direction, first, after, env, resolver.mapperOf(IndustrialPark.class));
    }

    @SchemaMapping
    CompletableFuture<Object> partOf(IndustrialPark park, DataFetchingEnvironment env) {
        return relations.one(env, park.id(), PART_OF);
    }

    @SchemaMapping
    CompletableFuture<Connection<Unit>> units(IndustrialPark park, @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        return relations.page(env, park.id(), UNITS, first, after);
    }

    @SchemaMapping
    CompletableFuture<List<PartyOrganization>> partyOrganizations(IndustrialPark park, DataFetchingEnvironment env) {
        return relations.many(env, park.id(), PARTY_ORGANIZATIONS);
    }

    @SchemaMapping
    CompletableFuture<List<Resource>> resources(IndustrialPark park, DataFetchingEnvironment env) {
        return relations.many(env, park.id(), RESOURCES);
    }

    @SchemaMapping
    CompletableFuture<List<ServiceCenter>> serviceCenters(IndustrialPark park, DataFetchingEnvironment env) {
        return relations.many(env, park.id(), SERVICE_CENTERS);
    }

    @SchemaMapping
    CompletableFuture<List<PartyOrganization>> reportingPartyOrganizations(IndustrialPark park,
            DataFetchingEnvironment env) {
        return relations.many(env, park.id(), REPORTING_POS);
    }
}
