package org.orggraph.organization;

import java.util.List;

import org.orggraph.model.NodeLabel;
import org.orggraph.node.NodeType;
import org.orggraph.node.NodeTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Units, party organizations and service centers as GraphQL types. */
@Configuration(proxyBeanMethods = false)
class OrganizationNodes {

    @Bean
    NodeTypes organizationTypes() {
        return new NodeTypes(List.of(
                NodeType.of(NodeLabel.Unit, Unit.class),
                NodeType.of(NodeLabel.PartyOrganization, PartyOrganization.class),
                NodeType.of(NodeLabel.ServiceCenter, ServiceCenter.class)), List.of());
    }
}
