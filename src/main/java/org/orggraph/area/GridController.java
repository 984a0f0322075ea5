package org.orggraph.area;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.api.Connection;
import org.orggraph.api.Filters;
import org.orggraph.api.ListQuery;
import org.orggraph.api.NameOrderField;
import org.orggraph.api.SortDirection;
import org.orggraph.member.Person;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;
import org.orggraph.node.Hop;
import org.orggraph.node.IdArguments;
import org.orggraph.node.NodeResolver;
import org.orggraph.node.Relations;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code Grid}: the list of grids and each grid's street, compounds and workers. */
@Controller
class GridController {

    static final Hop STREET = Hop.out(NodeLabel.Grid, RelType.PART_OF, NodeLabel.Street);
    static final Hop COMPOUNDS = Hop.out(NodeLabel.Grid, RelType.COVERS, NodeLabel.ResidentialCompound);
    static final Hop WORKERS = Hop.in(NodeLabel.Grid, RelType.WORKS_IN_GRID, NodeLabel.Person);

    private final Relations relations;
    private final ListQuery lists;
    private final NodeResolver resolver;

    GridController(Relations relations, ListQuery lists, NodeResolver resolver) {
        this.relations = relations;
        this.lists = lists;
        this.resolver = resolver;
    }

    @QueryMapping
    Connection<Grid> grids(@Argument AreaFilters.GridFilter filter, @Argument NameOrderField orderBy,
            @Argument SortDirection direction, @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.areaId", filter.areaId(), NodeLabel.Street, NodeLabel.City);
        }
        return lists.page("area/grids", Filters.parameters(AreaFilters.GridFilter.class, filter), orderBy.key(),
                direction, first, after, env, resolver.mapperOf(Grid.class));
    }

    @SchemaMapping
    CompletableFuture<Street> street(Grid grid, DataFetchingEnvironment env) {
        return relations.one(env, grid.id(), STREET);
    }

    @SchemaMapping
    CompletableFuture<List<ResidentialCompound>> compounds(Grid grid, DataFetchingEnvironment env) {
        return relations.many(env, grid.id(), COMPOUNDS);
    }

    @SchemaMapping
    CompletableFuture<List<GridWorker>> workers(Grid grid, DataFetchingEnvironment env) {
        return relations.rows(env, grid.id(), WORKERS).thenApply(rows -> rows.stream()
                .map(row -> new GridWorker((Person) row.node(), grid, (String) row.rel().get("role")))
                .toList());
    }
}
