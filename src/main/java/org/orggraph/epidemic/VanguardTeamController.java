package org.orggraph.epidemic;

import java.time.LocalDate;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.api.Page;
import org.orggraph.api.Filters;
import org.orggraph.node.ListQuery;
import org.orggraph.api.SortDirection;
import org.orggraph.api.SortKey;
import org.orggraph.model.NodeLabel;
import org.orggraph.node.IdArguments;
import org.orggraph.node.NodeType;
import org.orggraph.node.NodeTypes;
import org.orggraph.organization.PartyOrganization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code VanguardTeam} (党员先锋队): the list of teams, who formed each and its members. */
@Controller
class VanguardTeamController {

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
        NodeTypes epidemicTypes() {
            return new NodeTypes(List.of(NodeType.of(NodeLabel.VanguardTeam, VanguardTeam.class)), List.of());
        }
    }

    private final ListQuery lists;

    VanguardTeamController(ListQuery lists) {
        this.lists = lists;
    }

    @QueryMapping
    Page<VanguardTeam> vanguardTeams(@Argument VanguardTeamFilter filter,
            @Argument VanguardTeamOrderField orderBy, @Argument SortDirection direction, DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.partyOrganizationId", filter.partyOrganizationId(),
                    NodeLabel.PartyOrganization);
        }
        return lists.page("epidemic/vanguard-teams", Filters.parameters(VanguardTeamFilter.class, filter),
                orderBy.key(), direction, env, VanguardTeam.class);
    }

}
