package org.orggraph.organization;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.api.Page;
import org.orggraph.api.Filters;
import org.orggraph.node.ListQuery;
import org.orggraph.api.SortDirection;
import org.orggraph.model.NodeLabel;
import org.orggraph.node.IdArguments;
import org.orggraph.node.Lookup;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code PartyOrganization}: the list of party organizations and each one's relationships. */
@Controller
class PartyOrganizationController {

    private final ListQuery lists;
    private final Lookup lookup;

    PartyOrganizationController(ListQuery lists, Lookup lookup) {
        this.lists = lists;
        this.lookup = lookup;
    }

    @QueryMapping
    PartyOrganization partyOrganization(@Argument String id) {
        return lookup.one(id, NodeLabel.PartyOrganization, PartyOrganization.class);
    }

    @QueryMapping
    Page<PartyOrganization> partyOrganizations(@Argument OrganizationFilters.PartyOrganizationFilter filter,
            @Argument OrganizationFilters.PartyOrganizationOrderField orderBy, @Argument SortDirection direction, DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.hostId", filter.hostId());
            IdArguments.requireKind("filter.areaId", filter.areaId(), NodeLabel.City, NodeLabel.Street, NodeLabel.Town,
                    NodeLabel.Village, NodeLabel.Community, NodeLabel.ResidentialCompound, NodeLabel.IndustrialPark);
            IdArguments.requireKind("filter.allianceId", filter.allianceId(), NodeLabel.Alliance);
        }
        return lists.page("organization/party-organizations",
                Filters.parameters(OrganizationFilters.PartyOrganizationFilter.class, filter), orderBy.key(), direction, env, PartyOrganization.class);
    }

}
