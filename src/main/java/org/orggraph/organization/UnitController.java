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

/** {@code Unit}: the list of units and each unit's relationships. */
@Controller
class UnitController {

    private final ListQuery lists;
    private final Lookup lookup;

    UnitController(ListQuery lists, Lookup lookup) {
        this.lists = lists;
        this.lookup = lookup;
    }

    @QueryMapping
    Unit unit(@Argument String id) {
        return lookup.one(id, NodeLabel.Unit, Unit.class);
    }

    @QueryMapping
    Page<Unit> units(@Argument OrganizationFilters.UnitFilter filter,
            @Argument OrganizationFilters.UnitOrderField orderBy, @Argument SortDirection direction, DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.areaId", filter.areaId(), NodeLabel.Street, NodeLabel.Town,
                    NodeLabel.IndustrialPark, NodeLabel.City);
            IdArguments.requireKind("filter.allianceId", filter.allianceId(), NodeLabel.Alliance);
        }
        return lists.page("organization/units", Filters.parameters(OrganizationFilters.UnitFilter.class, filter),
                orderBy.key(), direction, env, Unit.class);
    }

}
