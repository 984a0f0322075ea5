package org.orggraph.member;

import java.util.List;

import org.orggraph.model.NodeLabel;
import org.orggraph.node.NodeType;
import org.orggraph.node.NodeTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** People (party members are people with the extra label Member) as the GraphQL type {@code Person}. */
@Configuration(proxyBeanMethods = false)
class MemberNodes {

    @Bean
    NodeTypes memberTypes() {
        return new NodeTypes(List.of(NodeType.of(NodeLabel.Person, Person.class)), List.of(Membership.class));
    }
}
