package org.orggraph.history;

import java.util.List;

import org.orggraph.model.NodeLabel;
import org.orggraph.node.NodeType;
import org.orggraph.node.NodeTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Recorded changes and duty list items as the GraphQL types {@code ChangeEvent} and {@code DutyListItem}. */
@Configuration(proxyBeanMethods = false)
class HistoryNodes {

    @Bean
    NodeTypes historyTypes() {
        return new NodeTypes(List.of(
                NodeType.of(NodeLabel.ChangeEvent, ChangeEvent.class),
                NodeType.of(NodeLabel.DutyListItem, DutyListItem.class)), List.of());
    }
}
