package org.orggraph.area;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.api.Page;
import org.orggraph.api.Filters;
import org.orggraph.node.ListQuery;
import org.orggraph.api.NameOrderField;
import org.orggraph.api.SortDirection;
import org.orggraph.model.NodeLabel;
import org.orggraph.node.IdArguments;
import org.orggraph.node.Lookup;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code ResidentialCompound}: the list of compounds and each compound's relationships. */
@Controller
class ResidentialCompoundController {

    private final ListQuery lists;
    private final Lookup lookup;

    ResidentialCompoundController(ListQuery lists, Lookup lookup) {
        this.lists = lists;
        this.lookup = lookup;
    }

    @QueryMapping
    ResidentialCompound compound(@Argument String id) {
        return lookup.one(id, NodeLabel.ResidentialCompound, ResidentialCompound.class);
    }

    @QueryMapping
    Page<ResidentialCompound> compounds(@Argument AreaFilters.ResidentialCompoundFilter filter,
            @Argument NameOrderField orderBy, @Argument SortDirection direction, DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.areaId", filter.areaId(), NodeLabel.Community, NodeLabel.Street,
                    NodeLabel.Town, NodeLabel.City);
            IdArguments.requireKind("filter.allianceId", filter.allianceId(), NodeLabel.Alliance);
        }
        return lists.page("area/compounds", Filters.parameters(AreaFilters.ResidentialCompoundFilter.class, filter),
                orderBy.key(), direction, env, ResidentialCompound.class);
    }

}
