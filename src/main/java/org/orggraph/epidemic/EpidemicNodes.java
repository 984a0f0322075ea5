package org.orggraph.epidemic;

import java.util.List;

import org.orggraph.model.NodeLabel;
import org.orggraph.node.NodeType;
import org.orggraph.node.NodeTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Vanguard teams (党员先锋队) as the GraphQL type {@code VanguardTeam}. */
@Configuration(proxyBeanMethods = false)
class EpidemicNodes {

    @Bean
    NodeTypes epidemicTypes() {
        return new NodeTypes(List.of(NodeType.of(NodeLabel.VanguardTeam, VanguardTeam.class)), List.of());
    }
}
