package org.orggraph.member;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.api.Page;
import org.orggraph.api.Filters;
import org.orggraph.node.ListQuery;
import org.orggraph.api.SortDirection;
import org.orggraph.api.SortKey;
import org.orggraph.area.Community;
import org.orggraph.area.ResidentialCompound;
import org.orggraph.model.NodeLabel;
import org.orggraph.node.IdArguments;
import org.orggraph.node.Lookup;
import org.orggraph.organization.PartyOrganization;
import org.orggraph.organization.Unit;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code Person}: the list of people and members, and each person's memberships, work, home and roles. */
@Controller
class PersonController {

    /** Filter input {@code PersonFilter}. */
    record PersonFilter(String nameContains, Boolean isMember, String partyOrganizationId, String employerId,
            String areaId, String allianceId, Integer bornFrom, Integer bornTo) {
    }

    /** GraphQL {@code PersonOrderField}. */
    enum PersonOrderField {
        NAME("pinyin"), ID("id"), BIRTH_YEAR("birthYear");

        private final String property;

        PersonOrderField(String property) {
            this.property = property;
        }

        SortKey key() {
            return SortKey.of(this, property);
        }
    }

    private final ListQuery lists;
    private final Lookup lookup;

    PersonController(ListQuery lists, Lookup lookup) {
        this.lists = lists;
        this.lookup = lookup;
    }

    @QueryMapping
    Person person(@Argument String id) {
        return lookup.one(id, NodeLabel.Person, Person.class);
    }

    @QueryMapping
    Page<Person> people(@Argument PersonFilter filter, @Argument PersonOrderField orderBy,
            @Argument SortDirection direction,
            DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.partyOrganizationId", filter.partyOrganizationId(),
                    NodeLabel.PartyOrganization);
            IdArguments.requireKind("filter.employerId", filter.employerId(), NodeLabel.Unit);
            IdArguments.requireKind("filter.areaId", filter.areaId(), NodeLabel.ResidentialCompound,
                    NodeLabel.Community, NodeLabel.Street, NodeLabel.Town, NodeLabel.City);
            IdArguments.requireKind("filter.allianceId", filter.allianceId(), NodeLabel.Alliance);
        }
        return lists.page("member/people", Filters.parameters(PersonFilter.class, filter), orderBy.key(), direction, env, Person.class);
    }

}
