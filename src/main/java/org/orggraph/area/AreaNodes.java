package org.orggraph.area;

import java.util.List;

import org.orggraph.model.NodeLabel;
import org.orggraph.node.NodeType;
import org.orggraph.node.NodeTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The area hierarchy's GraphQL types, for node(id:) and every field that points at an area. */
@Configuration(proxyBeanMethods = false)
class AreaNodes {

    @Bean
    NodeTypes areaTypes() {
        return new NodeTypes(List.of(
                NodeType.of(NodeLabel.City, City.class),
                NodeType.of(NodeLabel.Street, Street.class),
                NodeType.of(NodeLabel.Town, Town.class),
                NodeType.of(NodeLabel.Village, Village.class),
                NodeType.of(NodeLabel.Community, Community.class),
                NodeType.of(NodeLabel.ResidentialCompound, ResidentialCompound.class),
                NodeType.of(NodeLabel.Building, Building.class),
                NodeType.of(NodeLabel.IndustrialPark, IndustrialPark.class),
                NodeType.of(NodeLabel.Grid, Grid.class)), List.of(GridWorker.class, BuildingLeader.class));
    }
}
