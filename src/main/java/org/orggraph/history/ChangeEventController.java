package org.orggraph.history;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.api.Page;
import org.orggraph.api.Filters;
import org.orggraph.node.ListQuery;
import org.orggraph.api.SortDirection;
import org.orggraph.api.SortKey;
import org.orggraph.model.NodeLabel;
import org.orggraph.node.IdArguments;
import org.orggraph.node.NodeType;
import org.orggraph.node.NodeTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code ChangeEvent} and {@code DutyListItem}: the network's dated history and the community duty lists. */
@Controller
class ChangeEventController {

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
        NodeTypes historyTypes() {
            return new NodeTypes(List.of(
                    NodeType.of(NodeLabel.ChangeEvent, ChangeEvent.class),
                    NodeType.of(NodeLabel.DutyListItem, DutyListItem.class)), List.of());
        }
    }

    private final ListQuery lists;

    ChangeEventController(ListQuery lists) {
        this.lists = lists;
    }

    @QueryMapping
    Page<ChangeEvent> changeEvents(@Argument ChangeEventFilter filter, @Argument ChangeEventOrderField orderBy,
            @Argument SortDirection direction,
            DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.subjectId", filter.subjectId());
        }
        return lists.page("history/change-events", Filters.parameters(ChangeEventFilter.class, filter), orderBy.key(),
                direction, env, ChangeEvent.class);
    }

    @QueryMapping
    List<DutyListItem> dutyListItems(@Argument String list) {
        Map<String, Object> params = new HashMap<>();
        params.put("list", list);
        return lists.all("history/duty-list-items", params, new SortKey("ID", "id"), DutyListItem.class);
    }

}
