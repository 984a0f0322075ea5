package org.orggraph.threelists;

import java.time.LocalDate;
import java.util.List;

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

/**
 * {@code Need}, {@code Resource}, {@code Project}: the three lists and how they connect (a project claims needs,
 * uses resources, is claimed by a unit and paid by a department). One controller for the three small types.
 */
@Controller
class ThreeListsController {

    record NeedFilter(String nameContains, List<String> statuses, String category, String areaId, String allianceId,
            LocalDate raisedFrom, LocalDate raisedTo) {
    }

    record ResourceFilter(String nameContains, String category, String offeredById, String allianceId,
            LocalDate offeredFrom, LocalDate offeredTo) {
    }

    record ProjectFilter(String nameContains, List<String> statuses, String claimedById, String allianceId,
            LocalDate claimedFrom, LocalDate claimedTo) {
    }

    private final ListQuery lists;

    ThreeListsController(ListQuery lists) {
        this.lists = lists;
    }

    @QueryMapping
    Page<Need> needs(@Argument NeedFilter filter, @Argument ListItemOrderField orderBy,
            @Argument SortDirection direction,
            DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.areaId", filter.areaId(), NodeLabel.ResidentialCompound,
                    NodeLabel.Community, NodeLabel.Street, NodeLabel.Town, NodeLabel.City);
            IdArguments.requireKind("filter.allianceId", filter.allianceId(), NodeLabel.Alliance);
        }
        return lists.page("threelists/needs", Filters.parameters(NeedFilter.class, filter), orderBy.key("raisedOn"),
                direction, env, Need.class);
    }

    @QueryMapping
    Page<Resource> resources(@Argument ResourceFilter filter, @Argument ListItemOrderField orderBy,
            @Argument SortDirection direction,
            DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.offeredById", filter.offeredById(), NodeLabel.Unit,
                    NodeLabel.IndustrialPark);
            IdArguments.requireKind("filter.allianceId", filter.allianceId(), NodeLabel.Alliance);
        }
        return lists.page("threelists/resources", Filters.parameters(ResourceFilter.class, filter),
                orderBy.key("offeredOn"), direction, env, Resource.class);
    }

    @QueryMapping
    Page<Project> projects(@Argument ProjectFilter filter, @Argument ListItemOrderField orderBy,
            @Argument SortDirection direction,
            DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.claimedById", filter.claimedById(), NodeLabel.Unit);
            IdArguments.requireKind("filter.allianceId", filter.allianceId(), NodeLabel.Alliance);
        }
        return lists.page("threelists/projects", Filters.parameters(ProjectFilter.class, filter),
                orderBy.key("claimedOn"), direction, env, Project.class);
    }

}
