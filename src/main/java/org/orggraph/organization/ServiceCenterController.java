package org.orggraph.organization;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.api.Connection;
import org.orggraph.api.Filters;
import org.orggraph.api.ListQuery;
import org.orggraph.api.SortDirection;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;
import org.orggraph.node.Hop;
import org.orggraph.node.IdArguments;
import org.orggraph.node.NodeResolver;
import org.orggraph.node.Relations;
import org.orggraph.threelists.Resource;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code ServiceCenter}: the list of service centers, where each is, and its menu of resources. */
@Controller
class ServiceCenterController {

    static final Hop LOCATED_IN = Hop.out(NodeLabel.ServiceCenter, RelType.LOCATED_IN);
    static final Hop RESOURCES = Hop.in(NodeLabel.ServiceCenter, RelType.LISTED_BY, NodeLabel.Resource);

    private final Relations relations;
    private final ListQuery lists;
    private final NodeResolver resolver;

    ServiceCenterController(Relations relations, ListQuery lists, NodeResolver resolver) {
        this.relations = relations;
        this.lists = lists;
        this.resolver = resolver;
    }

    @QueryMapping
    Connection<ServiceCenter> serviceCenters(@Argument OrganizationFilters.ServiceCenterFilter filter,
            @Argument OrganizationFilters.ServiceCenterOrderField orderBy, @Argument SortDirection direction,
            @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.areaId", filter.areaId());
        }
        return lists.page("organization/service-centers",
                Filters.parameters(OrganizationFilters.ServiceCenterFilter.class, filter), orderBy.key(), direction,
                first, after, env, resolver.mapperOf(ServiceCenter.class));
    }

    @SchemaMapping
    CompletableFuture<Object> locatedIn(ServiceCenter center, DataFetchingEnvironment env) {
        return relations.one(env, center.id(), LOCATED_IN);
    }

    @SchemaMapping
    CompletableFuture<List<Resource>> resources(ServiceCenter center, DataFetchingEnvironment env) {
        return relations.many(env, center.id(), RESOURCES);
    }
}
