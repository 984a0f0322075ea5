package org.orggraph.organization;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.api.Page;
import org.orggraph.api.Filters;
import org.orggraph.node.ListQuery;
import org.orggraph.api.SortDirection;
import org.orggraph.node.IdArguments;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code ServiceCenter}: the list of service centers, where each is, and its menu of resources. */
@Controller
class ServiceCenterController {

    private final ListQuery lists;

    ServiceCenterController(ListQuery lists) {
        this.lists = lists;
    }

    @QueryMapping
    Page<ServiceCenter> serviceCenters(@Argument OrganizationFilters.ServiceCenterFilter filter,
            @Argument OrganizationFilters.ServiceCenterOrderField orderBy, @Argument SortDirection direction, DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.areaId", filter.areaId());
        }
        return lists.page("organization/service-centers",
                Filters.parameters(OrganizationFilters.ServiceCenterFilter.class, filter), orderBy.key(), direction, env, ServiceCenter.class);
    }

}
