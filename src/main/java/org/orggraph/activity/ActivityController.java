package org.orggraph.activity;

import java.time.LocalDate;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.api.Page;
import org.orggraph.api.Filters;
import org.orggraph.node.ListQuery;
import org.orggraph.api.SortDirection;
import org.orggraph.model.NodeLabel;
import org.orggraph.node.IdArguments;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code Activity}: the list of activities, their organizers, places, participants and mobilization. */
@Controller
class ActivityController {

    record ActivityFilter(String nameContains, List<String> kinds, List<String> meetingLevels, String areaId,
            String organizerId, String allianceId, LocalDate dateFrom, LocalDate dateTo) {
    }

    private final ListQuery lists;

    ActivityController(ListQuery lists) {
        this.lists = lists;
    }

    @QueryMapping
    Page<Activity> activities(@Argument ActivityFilter filter, @Argument ActivityOrderField orderBy,
            @Argument SortDirection direction,
            DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.areaId", filter.areaId(), NodeLabel.ResidentialCompound,
                    NodeLabel.Community, NodeLabel.IndustrialPark, NodeLabel.Street, NodeLabel.Town, NodeLabel.City);
            IdArguments.requireKind("filter.organizerId", filter.organizerId());
            IdArguments.requireKind("filter.allianceId", filter.allianceId(), NodeLabel.Alliance);
        }
        return lists.page("activity/activities", Filters.parameters(ActivityFilter.class, filter), orderBy.key(),
                direction, env, Activity.class);
    }

}
