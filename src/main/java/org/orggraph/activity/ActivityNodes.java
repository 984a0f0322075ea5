package org.orggraph.activity;

import java.util.List;

import org.orggraph.model.NodeLabel;
import org.orggraph.node.NodeType;
import org.orggraph.node.NodeTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Activities and summons as GraphQL types. */
@Configuration(proxyBeanMethods = false)
class ActivityNodes {

    @Bean
    NodeTypes activityTypes() {
        return new NodeTypes(List.of(
                NodeType.of(NodeLabel.Activity, Activity.class),
                NodeType.of(NodeLabel.Summons, Summons.class)), List.of(SummonsAnswer.class, ActivityPlace.class));
    }
}
