package org.orggraph.epidemic;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.api.Connection;
import org.orggraph.api.CypherFiles;
import org.orggraph.api.Filters;
import org.orggraph.api.GraphReader;
import org.orggraph.api.ListQuery;
import org.orggraph.api.SortDirection;
import org.orggraph.api.SortKey;
import org.orggraph.member.Person;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;
import org.orggraph.node.Hop;
import org.orggraph.node.IdArguments;
import org.orggraph.node.NodeResolver;
import org.orggraph.node.NodeType;
import org.orggraph.node.RecordNodeFetcher;
import org.orggraph.node.Relations;
import org.orggraph.organization.PartyOrganization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code VanguardTeam} (党员先锋队): the list of teams, who formed each and its members. */
@Controller
class VanguardTeamController {

    static final Hop FORMED_BY = Hop.out(NodeLabel.VanguardTeam, RelType.FORMED_BY, NodeLabel.PartyOrganization);
    static final Hop MEMBERS = Hop.in(NodeLabel.VanguardTeam, RelType.MEMBER_OF_TEAM, NodeLabel.Person);

    record VanguardTeamFilter(String nameContains, List<String> kinds, String purpose, String partyOrganizationId,
            LocalDate foundedFrom, LocalDate foundedTo) {
    }

    enum VanguardTeamOrderField {
        NAME("name"), ID("id"), FOUNDED("founded");

        private final String property;

        VanguardTeamOrderField(String property) {
            this.property = property;
        }

        SortKey key() {
            return SortKey.of(this, property);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Nodes {

        @Bean
        RecordNodeFetcher epidemicNodeFetcher(GraphReader reader, CypherFiles cypher) {
            return new RecordNodeFetcher(reader, cypher, List.of(NodeType.of(NodeLabel.VanguardTeam, VanguardTeam.class)));
        }
    }

    private final Relations relations;
    private final ListQuery lists;
    private final NodeResolver resolver;

    VanguardTeamController(Relations relations, ListQuery lists, NodeResolver resolver) {
        this.relations = relations;
        this.lists = lists;
        this.resolver = resolver;
    }

    @QueryMapping
    Connection<VanguardTeam> vanguardTeams(@Argument VanguardTeamFilter filter,
            @Argument VanguardTeamOrderField orderBy, @Argument SortDirection direction, @Argument Integer first,
            @Argument String after, DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.partyOrganizationId", filter.partyOrganizationId(),
                    NodeLabel.PartyOrganization);
        }
        return lists.page("epidemic/vanguard-teams", Filters.parameters(VanguardTeamFilter.class, filter),
                orderBy.key(), direction, first, after, env, resolver.mapperOf(VanguardTeam.class));
    }

    @SchemaMapping
    CompletableFuture<PartyOrganization> formedBy(VanguardTeam team, DataFetchingEnvironment env) {
        return relations.one(env, team.id(), FORMED_BY);
    }

    @SchemaMapping
    CompletableFuture<Connection<Person>> members(VanguardTeam team, @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        return relations.page(env, team.id(), MEMBERS, first, after);
    }
}
