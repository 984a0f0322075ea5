package org.orggraph.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.api.Connection;
import org.orggraph.api.Filters;
import org.orggraph.api.ListQuery;
import org.orggraph.api.SortDirection;
import org.orggraph.api.Values;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;
import org.orggraph.node.Hop;
import org.orggraph.node.IdArguments;
import org.orggraph.node.NodeResolver;
import org.orggraph.node.Relations;
import org.orggraph.organization.Unit;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code Summons} (街道吹哨、部门报到): who raised it, what it concerns, who answered. */
@Controller
class SummonsController {

    static final Hop RAISED_BY = Hop.out(NodeLabel.Summons, RelType.RAISED_BY, NodeLabel.Street, NodeLabel.Community);
    static final Hop CONCERNS = Hop.out(NodeLabel.Summons, RelType.CONCERNS, NodeLabel.Community,
            NodeLabel.ResidentialCompound);
    static final Hop ANSWERS = Hop.in(NodeLabel.Summons, RelType.ANSWERED, NodeLabel.Unit);

    record SummonsFilter(String nameContains, String category, String areaId, String answeredById, LocalDate dateFrom,
            LocalDate dateTo) {
    }

    private final Relations relations;
    private final ListQuery lists;
    private final NodeResolver resolver;

    SummonsController(Relations relations, ListQuery lists, NodeResolver resolver) {
        this.relations = relations;
        this.lists = lists;
        this.resolver = resolver;
    }

    @QueryMapping
    Connection<Summons> summonses(@Argument SummonsFilter filter, @Argument ActivityOrderField orderBy,
            @Argument SortDirection direction, @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.areaId", filter.areaId(), NodeLabel.Street, NodeLabel.Community,
                    NodeLabel.Town, NodeLabel.City);
            IdArguments.requireKind("filter.answeredById", filter.answeredById(), NodeLabel.Unit);
        }
        return lists.page("activity/summonses", Filters.parameters(SummonsFilter.class, filter), orderBy.key(),
                direction, first, after, env, resolver.mapperOf(Summons.class));
    }

    @SchemaMapping
    CompletableFuture<Object> raisedBy(Summons summons, DataFetchingEnvironment env) {
        return relations.one(env, summons.id(), RAISED_BY);
    }

    @SchemaMapping
    CompletableFuture<List<Object>> concerns(Summons summons, DataFetchingEnvironment env) {
        return relations.many(env, summons.id(), CONCERNS);
    }

    @SchemaMapping
    CompletableFuture<List<SummonsAnswer>> answers(Summons summons, DataFetchingEnvironment env) {
        return relations.rows(env, summons.id(), ANSWERS).thenApply(rows -> rows.stream()
                .map(row -> new SummonsAnswer((Unit) row.node(), summons, Values.date(row.rel().get("date"))))
                .toList());
    }
}
