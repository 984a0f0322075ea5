package org.orggraph.member;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.activity.Activity;
import org.orggraph.api.Connection;
import org.orggraph.api.Filters;
import org.orggraph.api.ListQuery;
import org.orggraph.api.SortDirection;
import org.orggraph.api.SortKey;
import org.orggraph.api.Values;
import org.orggraph.area.Building;
import org.orggraph.area.BuildingLeader;
import org.orggraph.area.Community;
import org.orggraph.area.Grid;
import org.orggraph.area.GridWorker;
import org.orggraph.area.ResidentialCompound;
import org.orggraph.epidemic.VanguardTeam;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;
import org.orggraph.node.Hop;
import org.orggraph.node.IdArguments;
import org.orggraph.node.Lookup;
import org.orggraph.node.NodeResolver;
import org.orggraph.node.Relations;
import org.orggraph.organization.PartyOrganization;
import org.orggraph.organization.Unit;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code Person}: the list of people and members, and each person's memberships, work, home and roles. */
@Controller
class PersonController {

    static final Hop PARTY_ORGANIZATION = Hop.out(NodeLabel.Person, RelType.MEMBER_OF, NodeLabel.PartyOrganization)
            .where(Hop.RelFilter.CURRENT);
    static final Hop MEMBERSHIPS = Hop.out(NodeLabel.Person, RelType.MEMBER_OF, NodeLabel.PartyOrganization)
            .orderBy(Hop.HopOrder.SINCE_DESC);
    static final Hop EMPLOYER = Hop.out(NodeLabel.Person, RelType.WORKS_AT, NodeLabel.Unit);
    static final Hop RESIDENCE = Hop.out(NodeLabel.Person, RelType.LIVES_IN, NodeLabel.ResidentialCompound);
    static final Hop REPORTS_TO = Hop.out(NodeLabel.Person, RelType.REPORTS_TO, NodeLabel.Community,
            NodeLabel.IndustrialPark);
    static final Hop GRIDS = Hop.out(NodeLabel.Person, RelType.WORKS_IN_GRID, NodeLabel.Grid);
    static final Hop WORKER_OF = Hop.out(NodeLabel.Person, RelType.COMMUNITY_WORKER_OF, NodeLabel.Community);
    static final Hop BUILDINGS = Hop.out(NodeLabel.Person, RelType.LEADS_BUILDING, NodeLabel.Building);
    static final Hop VOLUNTEERS_FOR = Hop.out(NodeLabel.Person, RelType.VOLUNTEERS_FOR, NodeLabel.ResidentialCompound);
    static final Hop ACTIVITIES = Hop.out(NodeLabel.Person, RelType.PARTICIPATED_IN, NodeLabel.Activity)
            .orderBy(Hop.HopOrder.DATE_DESC);
    static final Hop TEAMS = Hop.out(NodeLabel.Person, RelType.MEMBER_OF_TEAM, NodeLabel.VanguardTeam);
    static final Hop MOBILIZED_FOR = Hop.out(NodeLabel.Person, RelType.MOBILIZED_FOR, NodeLabel.Activity)
            .orderBy(Hop.HopOrder.DATE_DESC);

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

    private final Relations relations;
    private final ListQuery lists;
    private final NodeResolver resolver;
    private final Lookup lookup;

    PersonController(Relations relations, ListQuery lists, NodeResolver resolver, Lookup lookup) {
        this.relations = relations;
        this.lists = lists;
        this.resolver = resolver;
        this.lookup = lookup;
    }

    @QueryMapping
    Person person(@Argument String id) {
        return lookup.one(id, NodeLabel.Person, Person.class);
    }

    @QueryMapping
    Connection<Person> people(@Argument PersonFilter filter, @Argument PersonOrderField orderBy,
            @Argument SortDirection direction, @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.partyOrganizationId", filter.partyOrganizationId(),
                    NodeLabel.PartyOrganization);
            IdArguments.requireKind("filter.employerId", filter.employerId(), NodeLabel.Unit);
            IdArguments.requireKind("filter.areaId", filter.areaId(), NodeLabel.ResidentialCompound,
                    NodeLabel.Community, NodeLabel.Street, NodeLabel.Town, NodeLabel.City);
            IdArguments.requireKind("filter.allianceId", filter.allianceId(), NodeLabel.Alliance);
        }
        return lists.page("member/people", Filters.parameters(PersonFilter.class, filter), orderBy.key(), direction,
                first, after, env, resolver.mapperOf(Person.class));
    }

    @SchemaMapping
    CompletableFuture<PartyOrganization> partyOrganization(Person person, DataFetchingEnvironment env) {
        return relations.one(env, person.id(), PARTY_ORGANIZATION);
    }

    @SchemaMapping
    CompletableFuture<List<Membership>> memberships(Person person, DataFetchingEnvironment env) {
        return relations.rows(env, person.id(), MEMBERSHIPS).thenApply(rows -> rows.stream()
                .map(row -> new Membership(person, (PartyOrganization) row.node(), Values.date(row.rel().get("since")),
                        Values.date(row.rel().get("until"))))
                .toList());
    }

    @SchemaMapping
    CompletableFuture<Unit> employer(Person person, DataFetchingEnvironment env) {
        return relations.one(env, person.id(), EMPLOYER);
    }

    @SchemaMapping
    CompletableFuture<ResidentialCompound> residence(Person person, DataFetchingEnvironment env) {
        return relations.one(env, person.id(), RESIDENCE);
    }

    @SchemaMapping
    CompletableFuture<Object> reportsTo(Person person, DataFetchingEnvironment env) {
        return relations.one(env, person.id(), REPORTS_TO);
    }

    @SchemaMapping
    CompletableFuture<List<GridWorker>> gridRoles(Person person, DataFetchingEnvironment env) {
        return relations.rows(env, person.id(), GRIDS).thenApply(rows -> rows.stream()
                .map(row -> new GridWorker(person, (Grid) row.node(), Values.string(row.rel().get("role"))))
                .toList());
    }

    @SchemaMapping
    CompletableFuture<Community> communityWorkerOf(Person person, DataFetchingEnvironment env) {
        return relations.one(env, person.id(), WORKER_OF);
    }

    @SchemaMapping
    CompletableFuture<List<BuildingLeader>> buildingRoles(Person person, DataFetchingEnvironment env) {
        return relations.rows(env, person.id(), BUILDINGS).thenApply(rows -> rows.stream()
                .map(row -> new BuildingLeader(person, (Building) row.node(), Values.string(row.rel().get("role"))))
                .toList());
    }

    @SchemaMapping
    CompletableFuture<List<ResidentialCompound>> volunteersFor(Person person, DataFetchingEnvironment env) {
        return relations.many(env, person.id(), VOLUNTEERS_FOR);
    }

    @SchemaMapping
    CompletableFuture<Connection<Activity>> activities(Person person, @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        return relations.page(env, person.id(), ACTIVITIES, first, after);
    }

    @SchemaMapping
    CompletableFuture<List<VanguardTeam>> vanguardTeams(Person person, DataFetchingEnvironment env) {
        return relations.many(env, person.id(), TEAMS);
    }

    @SchemaMapping
    CompletableFuture<List<Activity>> mobilizedFor(Person person, DataFetchingEnvironment env) {
        return relations.many(env, person.id(), MOBILIZED_FOR);
    }
}
