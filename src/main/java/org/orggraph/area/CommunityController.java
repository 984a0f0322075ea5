package org.orggraph.area;

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

/** {@code Community}: the list of communities and each community's relationships. */
@Controller
class CommunityController {

    private final ListQuery lists;
    private final Lookup lookup;

    CommunityController(ListQuery lists, Lookup lookup) {
        this.lists = lists;
        this.lookup = lookup;
    }

    @QueryMapping
    Community community(@Argument String id) {
        return lookup.one(id, NodeLabel.Community, Community.class);
    }

    @QueryMapping
    Page<Community> communities(@Argument AreaFilters.CommunityFilter filter,
            @Argument CommunityOrderField orderBy, @Argument SortDirection direction, DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.areaId", filter.areaId(), NodeLabel.Street, NodeLabel.Town, NodeLabel.City);
            IdArguments.requireKind("filter.allianceId", filter.allianceId(), NodeLabel.Alliance);
        }
        return lists.page("area/communities", Filters.parameters(AreaFilters.CommunityFilter.class, filter),
                orderBy.key(), direction, env, Community.class);
    }

}
