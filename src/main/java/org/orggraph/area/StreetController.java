package org.orggraph.area;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.api.Connection;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;
import org.orggraph.node.Hop;
import org.orggraph.node.Relations;
import org.orggraph.organization.PartyOrganization;
import org.orggraph.organization.ServiceCenter;
import org.orggraph.organization.Unit;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code Street}: a subdistrict and everything directly in it. */
@Controller
class StreetController {

    static final Hop CITY = Hop.out(NodeLabel.Street, RelType.PART_OF, NodeLabel.City);
    static final Hop COMMUNITIES = Hop.in(NodeLabel.Street, RelType.PART_OF, NodeLabel.Community);
    static final Hop PARKS = Hop.in(NodeLabel.Street, RelType.PART_OF, NodeLabel.IndustrialPark);
    static final Hop GRIDS = Hop.in(NodeLabel.Street, RelType.PART_OF, NodeLabel.Grid);
    static final Hop UNITS = Hop.in(NodeLabel.Street, RelType.LOCATED_IN, NodeLabel.Unit);
    static final Hop SERVICE_CENTERS = Hop.in(NodeLabel.Street, RelType.LOCATED_IN, NodeLabel.ServiceCenter);
    static final Hop PARTY_ORGANIZATIONS = Hop.in(NodeLabel.Street, RelType.HOSTED_BY, NodeLabel.PartyOrganization);

    private final Relations relations;

    StreetController(Relations relations) {
        this.relations = relations;
    }

    @SchemaMapping
    CompletableFuture<City> city(Street street, DataFetchingEnvironment env) {
        return relations.one(env, street.id(), CITY);
    }

    @SchemaMapping
    CompletableFuture<List<Community>> communities(Street street, DataFetchingEnvironment env) {
        return relations.many(env, street.id(), COMMUNITIES);
    }

    @SchemaMapping
    CompletableFuture<List<IndustrialPark>> industrialParks(Street street, DataFetchingEnvironment env) {
        return relations.many(env, street.id(), PARKS);
    }

    @SchemaMapping
    CompletableFuture<List<Grid>> grids(Street street, DataFetchingEnvironment env) {
        return relations.many(env, street.id(), GRIDS);
    }

    @SchemaMapping
    CompletableFuture<Connection<Unit>> units(Street street, @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        return relations.page(env, street.id(), UNITS, first, after);
    }

    @SchemaMapping
    CompletableFuture<List<ServiceCenter>> serviceCenters(Street street, DataFetchingEnvironment env) {
        return relations.many(env, street.id(), SERVICE_CENTERS);
    }

    @SchemaMapping
    CompletableFuture<List<PartyOrganization>> partyOrganizations(Street street, DataFetchingEnvironment env) {
        return relations.many(env, street.id(), PARTY_ORGANIZATIONS);
    }
}
