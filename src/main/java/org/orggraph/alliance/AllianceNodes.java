package org.orggraph.alliance;

import java.util.List;

import org.orggraph.api.CypherFiles;
import org.orggraph.api.GraphReader;
import org.orggraph.model.NodeLabel;
import org.orggraph.node.NodeFetcher;
import org.orggraph.node.NodeType;
import org.orggraph.node.RecordNodeFetcher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Alliances for {@code node(id:)}, {@code nodes(ids:)} and every field that points at one. */
@Configuration(proxyBeanMethods = false)
class AllianceNodes {

    @Bean
    NodeFetcher allianceFetcher(GraphReader reader, CypherFiles cypher) {
        return new RecordNodeFetcher(reader, cypher, List.of(NodeType.of(NodeLabel.Alliance, Alliance.class)));
    }
}
