package org.orggraph.threelists;

import java.time.LocalDate;
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
import org.orggraph.organization.ServiceCenter;
import org.orggraph.organization.Unit;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Need}, {@code Resource}, {@code Project}: the three lists and how they connect (a project claims needs,
 * uses resources, is claimed by a unit and paid by a department). One controller for the three small types.
 */
@Controller
class ThreeListsController {

    static final Hop NEED_RAISED_BY = Hop.out(NodeLabel.Need, RelType.RAISED_BY, NodeLabel.Community,
            NodeLabel.ResidentialCompound);
    static final Hop NEED_PROJECTS = Hop.in(NodeLabel.Need, RelType.CLAIMS, NodeLabel.Project);
    static final Hop RESOURCE_OFFERED_BY = Hop.out(NodeLabel.Resource, RelType.OFFERED_BY, NodeLabel.Unit,
            NodeLabel.IndustrialPark);
    static final Hop RESOURCE_LISTED_BY = Hop.out(NodeLabel.Resource, RelType.LISTED_BY, NodeLabel.ServiceCenter);
    static final Hop RESOURCE_PROJECTS = Hop.in(NodeLabel.Resource, RelType.USES, NodeLabel.Project);
    static final Hop PROJECT_NEEDS = Hop.out(NodeLabel.Project, RelType.CLAIMS, NodeLabel.Need);
    static final Hop PROJECT_RESOURCES = Hop.out(NodeLabel.Project, RelType.USES, NodeLabel.Resource);
    static final Hop PROJECT_CLAIMED_BY = Hop.out(NodeLabel.Project, RelType.CLAIMED_BY, NodeLabel.Unit);
    static final Hop PROJECT_PAID_BY = Hop.out(NodeLabel.Project, RelType.PAID_BY, NodeLabel.Unit);

    record NeedFilter(String nameContains, List<String> statuses, String category, String areaId, String allianceId,
            LocalDate raisedFrom, LocalDate raisedTo) {
    }

    record ResourceFilter(String nameContains, String category, String offeredById, String allianceId,
            LocalDate offeredFrom, LocalDate offeredTo) {
    }

    record ProjectFilter(String nameContains, List<String> statuses, String claimedById, String allianceId,
            LocalDate claimedFrom, LocalDate claimedTo) {
    }

    private final Relations relations;
    private final ListQuery lists;
    private final NodeResolver resolver;

    ThreeListsController(Relations relations, ListQuery lists, NodeResolver resolver) {
        this.relations = relations;
        this.lists = lists;
        this.resolver = resolver;
    }

    @QueryMapping
    Connection<Need> needs(@Argument NeedFilter filter, @Argument ListItemOrderField orderBy,
            @Argument SortDirection direction, @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.areaId", filter.areaId(), NodeLabel.ResidentialCompound,
                    NodeLabel.Community, NodeLabel.Street, NodeLabel.Town, NodeLabel.City);
            IdArguments.requireKind("filter.allianceId", filter.allianceId(), NodeLabel.Alliance);
        }
        return lists.page("threelists/needs", Filters.parameters(NeedFilter.class, filter), orderBy.key("raisedOn"),
                direction, first, after, env, resolver.mapperOf(Need.class));
    }

    @QueryMapping
    Connection<Resource> resources(@Argument ResourceFilter filter, @Argument ListItemOrderField orderBy,
            @Argument SortDirection direction, @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.offeredById", filter.offeredById(), NodeLabel.Unit,
                    NodeLabel.IndustrialPark);
            IdArguments.requireKind("filter.allianceId", filter.allianceId(), NodeLabel.Alliance);
        }
        return lists.page("threelists/resources", Filters.parameters(ResourceFilter.class, filter),
                orderBy.key("offeredOn"), direction, first, after, env, resolver.mapperOf(Resource.class));
    }

    @QueryMapping
    Connection<Project> projects(@Argument ProjectFilter filter, @Argument ListItemOrderField orderBy,
            @Argument SortDirection direction, @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.claimedById", filter.claimedById(), NodeLabel.Unit);
            IdArguments.requireKind("filter.allianceId", filter.allianceId(), NodeLabel.Alliance);
        }
        return lists.page("threelists/projects", Filters.parameters(ProjectFilter.class, filter),
                orderBy.key("claimedOn"), direction, first, after, env, resolver.mapperOf(Project.class));
    }

    @SchemaMapping(typeName = "Need", field = "raisedBy")
    CompletableFuture<Object> needRaisedBy(Need need, DataFetchingEnvironment env) {
        return relations.one(env, need.id(), NEED_RAISED_BY);
    }

    @SchemaMapping(typeName = "Need", field = "projects")
    CompletableFuture<List<Project>> needProjects(Need need, DataFetchingEnvironment env) {
        return relations.many(env, need.id(), NEED_PROJECTS);
    }

    @SchemaMapping(typeName = "Resource", field = "offeredBy")
    CompletableFuture<Object> resourceOfferedBy(Resource resource, DataFetchingEnvironment env) {
        return relations.one(env, resource.id(), RESOURCE_OFFERED_BY);
    }

    @SchemaMapping(typeName = "Resource", field = "listedBy")
    CompletableFuture<List<ServiceCenter>> resourceListedBy(Resource resource, DataFetchingEnvironment env) {
        return relations.many(env, resource.id(), RESOURCE_LISTED_BY);
    }

    @SchemaMapping(typeName = "Resource", field = "projects")
    CompletableFuture<List<Project>> resourceProjects(Resource resource, DataFetchingEnvironment env) {
        return relations.many(env, resource.id(), RESOURCE_PROJECTS);
    }

    @SchemaMapping(typeName = "Project", field = "needs")
    CompletableFuture<List<Need>> projectNeeds(Project project, DataFetchingEnvironment env) {
        return relations.many(env, project.id(), PROJECT_NEEDS);
    }

    @SchemaMapping(typeName = "Project", field = "resources")
    CompletableFuture<List<Resource>> projectResources(Project project, DataFetchingEnvironment env) {
        return relations.many(env, project.id(), PROJECT_RESOURCES);
    }

    @SchemaMapping(typeName = "Project", field = "claimedBy")
    CompletableFuture<Unit> projectClaimedBy(Project project, DataFetchingEnvironment env) {
        return relations.one(env, project.id(), PROJECT_CLAIMED_BY);
    }

    @SchemaMapping(typeName = "Project", field = "paidBy")
    CompletableFuture<Unit> projectPaidBy(Project project, DataFetchingEnvironment env) {
        return relations.one(env, project.id(), PROJECT_PAID_BY);
    }
}
