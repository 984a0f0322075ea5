package org.orggraph.activity;

import java.time.LocalDate;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.api.Page;
import org.orggraph.api.Filters;
import org.orggraph.node.ListQuery;
import org.orggraph.api.SortDirection;
import org.orggraph.model.NodeLabel;
import org.orggraph.node.IdArguments;
import org.orggraph.organization.Unit;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code Summons} (街道吹哨、部门报到): who raised it, what it concerns, who answered. */
@Controller
class SummonsController {

    record SummonsFilter(String nameContains, String category, String areaId, String answeredById, LocalDate dateFrom,
            LocalDate dateTo) {
    }

    private final ListQuery lists;

    SummonsController(ListQuery lists) {
        this.lists = lists;
    }

    @QueryMapping
    Page<Summons> summonses(@Argument SummonsFilter filter, @Argument ActivityOrderField orderBy,
            @Argument SortDirection direction,
            DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.areaId", filter.areaId(), NodeLabel.Street, NodeLabel.Community,
                    NodeLabel.Town, NodeLabel.City);
            IdArguments.requireKind("filter.answeredById", filter.answeredById(), NodeLabel.Unit);
        }
        return lists.page("activity/summonses", Filters.parameters(SummonsFilter.class, filter), orderBy.key(),
                direction, env, Summons.class);
    }

}
