package org.orggraph.threelists;

import java.util.List;

import org.orggraph.model.NodeLabel;
import org.orggraph.node.NodeType;
import org.orggraph.node.NodeTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Needs, resources and projects (三张清单) as GraphQL types. */
@Configuration(proxyBeanMethods = false)
class ThreeListsNodes {

    @Bean
    NodeTypes threeListsTypes() {
        return new NodeTypes(List.of(
                NodeType.of(NodeLabel.Need, Need.class),
                NodeType.of(NodeLabel.Resource, Resource.class),
                NodeType.of(NodeLabel.Project, Project.class)), List.of());
    }
}
