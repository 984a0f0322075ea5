package org.orggraph.activity;

import java.util.List;

import org.orggraph.api.CypherFiles;
import org.orggraph.api.GraphReader;
import org.orggraph.model.NodeLabel;
import org.orggraph.node.NodeType;
import org.orggraph.node.RecordNodeFetcher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Activities and summons as GraphQL types. */
@Configuration(proxyBeanMethods = false)
class ActivityNodes {

    @Bean
    RecordNodeFetcher activityNodeFetcher(GraphReader reader, CypherFiles cypher) {
        return new RecordNodeFetcher(reader, cypher, List.of(
                NodeType.of(NodeLabel.Activity, Activity.class),
                NodeType.of(NodeLabel.Summons, Summons.class)));
    }
}
