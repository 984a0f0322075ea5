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

/** {@code Grid}: the list of grids and each grid's street, compounds and workers. */
@Controller
class GridController {

    private final ListQuery lists;

    GridController(ListQuery lists) {
        this.lists = lists;
    }

    @QueryMapping
    Page<Grid> grids(@Argument AreaFilters.GridFilter filter, @Argument NameOrderField orderBy,
            @Argument SortDirection direction,
            DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.areaId", filter.areaId(), NodeLabel.Street, NodeLabel.City);
        }
        return lists.page("area/grids", Filters.parameters(AreaFilters.GridFilter.class, filter), orderBy.key(),
                direction, env, Grid.class);
    }

}
