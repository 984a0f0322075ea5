package org.orggraph.member;

import java.util.List;

import org.orggraph.api.CypherFiles;
import org.orggraph.api.GraphReader;
import org.orggraph.model.NodeLabel;
import org.orggraph.node.NodeType;
import org.orggraph.node.RecordNodeFetcher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** People (party members are people with the extra label Member) as the GraphQL type {@code Person}. */
@Configuration(proxyBeanMethods = false)
class MemberNodes {

    @Bean
    RecordNodeFetcher memberNodeFetcher(GraphReader reader, CypherFiles cypher) {
        return new RecordNodeFetcher(reader, cypher, List.of(NodeType.of(NodeLabel.Person, Person.class)));
    }
}
