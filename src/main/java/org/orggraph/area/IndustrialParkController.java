package org.orggraph.area;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.api.Page;
import org.orggraph.api.Filters;
import org.orggraph.node.ListQuery;
import org.orggraph.api.NameOrderField;
import org.orggraph.api.SortDirection;
import org.orggraph.model.NodeLabel;
import org.orggraph.node.IdArguments;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code IndustrialPark}: the list of parks and each park's relationships. */
@Controller
class IndustrialParkController {

    private final ListQuery lists;

    IndustrialParkController(ListQuery lists) {
        this.lists = lists;
    }

    @QueryMapping
    Page<IndustrialPark> industrialParks(@Argument AreaFilters.IndustrialParkFilter filter,
            @Argument NameOrderField orderBy, @Argument SortDirection direction, DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.areaId", filter.areaId(), NodeLabel.Street, NodeLabel.Town, NodeLabel.City);
            IdArguments.requireKind("filter.allianceId", filter.allianceId(), NodeLabel.Alliance);
        }
        return lists.page("area/industrial-parks", Filters.parameters(AreaFilters.IndustrialParkFilter.class, filter),
                orderBy.key(), direction, env, IndustrialPark.class);
    }

}
