package org.orggraph.alliance;

import java.util.List;

import org.orggraph.model.NodeLabel;
import org.orggraph.node.NodeType;
import org.orggraph.node.NodeTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Alliances for {@code node(id:)}, {@code nodes(ids:)} and every field that points at one. */
@Configuration(proxyBeanMethods = false)
class AllianceNodes {

    @Bean
    NodeTypes allianceTypes() {
        return new NodeTypes(List.of(NodeType.of(NodeLabel.Alliance, Alliance.class)), List.of());
    }
}
