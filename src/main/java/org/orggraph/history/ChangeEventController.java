package org.orggraph.history;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.api.Connection;
import org.orggraph.api.CypherFiles;
import org.orggraph.api.Filters;
import org.orggraph.api.GraphReader;
import org.orggraph.api.ListQuery;
import org.orggraph.api.SortDirection;
import org.orggraph.api.SortKey;
import org.orggraph.area.City;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;
import org.orggraph.node.Hop;
import org.orggraph.node.IdArguments;
import org.orggraph.node.NodeResolver;
import org.orggraph.node.NodeType;
import org.orggraph.node.RecordNodeFetcher;
import org.orggraph.node.Relations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code ChangeEvent} and {@code DutyListItem}: the network's dated history and the community duty lists. */
@Controller
class ChangeEventController {

    static final Hop CHANGED = Hop.out(NodeLabel.ChangeEvent, RelType.CHANGED);
    static final Hop INTO = Hop.out(NodeLabel.ChangeEvent, RelType.INTO);
    static final Hop APPLIES_TO = Hop.out(NodeLabel.DutyListItem, RelType.APPLIES_TO, NodeLabel.City);

    record ChangeEventFilter(List<String> types, String context, String subjectId, LocalDate dateFrom,
            LocalDate dateTo) {
    }

    enum ChangeEventOrderField {
        DATE("date"), ID("id");

        private final String property;

        ChangeEventOrderField(String property) {
            this.property = property;
        }

        SortKey key() {
            return SortKey.of(this, property);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Nodes {

        @Bean
        RecordNodeFetcher historyNodeFetcher(GraphReader reader, CypherFiles cypher) {
            return new RecordNodeFetcher(reader, cypher, List.of(
                    NodeType.of(NodeLabel.ChangeEvent, ChangeEvent.class),
                    NodeType.of(NodeLabel.DutyListItem, DutyListItem.class)));
        }
    }

    private final Relations relations;
    private final ListQuery lists;
    private final NodeResolver resolver;

    ChangeEventController(Relations relations, ListQuery lists, NodeResolver resolver) {
        this.relations = relations;
        this.lists = lists;
        this.resolver = resolver;
    }

    @QueryMapping
    Connection<ChangeEvent> changeEvents(@Argument ChangeEventFilter filter, @Argument ChangeEventOrderField orderBy,
            @Argument SortDirection direction, @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.subjectId", filter.subjectId());
        }
        return lists.page("history/change-events", Filters.parameters(ChangeEventFilter.class, filter), orderBy.key(),
                direction, first, after, env, resolver.mapperOf(ChangeEvent.class));
    }

    @QueryMapping
    List<DutyListItem> dutyListItems(@Argument String list) {
        Map<String, Object> params = new HashMap<>();
        params.put("list", list);
        return lists.all("history/duty-list-items", params, new SortKey("ID", "id"),
                resolver.mapperOf(DutyListItem.class));
    }

    @SchemaMapping
    CompletableFuture<List<Object>> changed(ChangeEvent event, DataFetchingEnvironment env) {
        return relations.many(env, event.id(), CHANGED);
    }

    @SchemaMapping
    CompletableFuture<Object> into(ChangeEvent event, DataFetchingEnvironment env) {
        return relations.one(env, event.id(), INTO);
    }

    @SchemaMapping(typeName = "DutyListItem", field = "appliesTo")
    CompletableFuture<City> appliesTo(DutyListItem item, DataFetchingEnvironment env) {
        return relations.one(env, item.id(), APPLIES_TO);
    }
}
