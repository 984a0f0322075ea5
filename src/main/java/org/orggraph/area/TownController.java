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

/** {@code Town} and {@code Village}. */
@Controller
class TownController {

    static final Hop CITY = Hop.out(NodeLabel.Town, RelType.PART_OF, NodeLabel.City);
    static final Hop COMMUNITIES = Hop.in(NodeLabel.Town, RelType.PART_OF, NodeLabel.Community);
    static final Hop VILLAGES = Hop.in(NodeLabel.Town, RelType.PART_OF, NodeLabel.Village);
    static final Hop PARKS = Hop.in(NodeLabel.Town, RelType.PART_OF, NodeLabel.IndustrialPark);
    static final Hop UNITS = Hop.in(NodeLabel.Town, RelType.LOCATED_IN, NodeLabel.Unit);
    static final Hop SERVICE_CENTERS = Hop.in(NodeLabel.Town, RelType.LOCATED_IN, NodeLabel.ServiceCenter);
    static final Hop PARTY_ORGANIZATIONS = Hop.in(NodeLabel.Town, RelType.HOSTED_BY, NodeLabel.PartyOrganization);
    static final Hop VILLAGE_TOWN = Hop.out(NodeLabel.Village, RelType.PART_OF, NodeLabel.Town);
    static final Hop VILLAGE_POS = Hop.in(NodeLabel.Village, RelType.HOSTED_BY, NodeLabel.PartyOrganization);
    static final Hop VILLAGE_CENTERS = Hop.in(NodeLabel.Village, RelType.LOCATED_IN, NodeLabel.ServiceCenter);

    private final Relations relations;

    TownController(Relations relations) {
        this.relations = relations;
    }

    @SchemaMapping
    CompletableFuture<City> city(Town town, DataFetchingEnvironment env) {
        return relations.one(env, town.id(), CITY);
    }

    @SchemaMapping
    CompletableFuture<List<Community>> communities(Town town, DataFetchingEnvironment env) {
        return relations.many(env, town.id(), COMMUNITIES);
    }

    @SchemaMapping
    CompletableFuture<List<Village>> villages(Town town, DataFetchingEnvironment env) {
        return relations.many(env, town.id(), VILLAGES);
    }

    @SchemaMapping
    CompletableFuture<List<IndustrialPark>> industrialParks(Town town, DataFetchingEnvironment env) {
        return relations.many(env, town.id(), PARKS);
    }

    @SchemaMapping
    CompletableFuture<Connection<Unit>> units(Town town, @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        return relations.page(env, town.id(), UNITS, first, after);
    }

    @SchemaMapping
    CompletableFuture<List<ServiceCenter>> serviceCenters(Town town, DataFetchingEnvironment env) {
        return relations.many(env, town.id(), SERVICE_CENTERS);
    }

    @SchemaMapping
    CompletableFuture<List<PartyOrganization>> partyOrganizations(Town town, DataFetchingEnvironment env) {
        return relations.many(env, town.id(), PARTY_ORGANIZATIONS);
    }

    @SchemaMapping(typeName = "Village", field = "town")
    CompletableFuture<Town> villageTown(Village village, DataFetchingEnvironment env) {
        return relations.one(env, village.id(), VILLAGE_TOWN);
    }

    @SchemaMapping(typeName = "Village", field = "partyOrganizations")
    CompletableFuture<List<PartyOrganization>> villagePartyOrganizations(Village village, DataFetchingEnvironment env) {
        return relations.many(env, village.id(), VILLAGE_POS);
    }

    @SchemaMapping(typeName = "Village", field = "serviceCenters")
    CompletableFuture<List<ServiceCenter>> villageServiceCenters(Village village, DataFetchingEnvironment env) {
        return relations.many(env, village.id(), VILLAGE_CENTERS);
    }
}
