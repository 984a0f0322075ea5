package org.orggraph.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.activity.Activity;
import org.orggraph.activity.Summons;
import org.orggraph.activity.SummonsAnswer;
import org.orggraph.api.Connection;
import org.orggraph.api.Filters;
import org.orggraph.api.ListQuery;
import org.orggraph.api.SortDirection;
import org.orggraph.api.Values;
import org.orggraph.area.Community;
import org.orggraph.member.Person;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;
import org.orggraph.node.Hop;
import org.orggraph.node.IdArguments;
import org.orggraph.node.Lookup;
import org.orggraph.node.NodeResolver;
import org.orggraph.node.Relations;
import org.orggraph.threelists.Project;
import org.orggraph.threelists.Resource;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code Unit}: the list of units and each unit's relationships. */
@Controller
class UnitController {

    static final Hop LOCATED_IN = Hop.out(NodeLabel.Unit, RelType.LOCATED_IN, NodeLabel.Street, NodeLabel.Town,
            NodeLabel.IndustrialPark);
    static final Hop PARTY_ORGANIZATIONS = Hop.in(NodeLabel.Unit, RelType.HOSTED_BY, NodeLabel.PartyOrganization);
    static final Hop REPRESENTED_ON = Hop.out(NodeLabel.Unit, RelType.REPRESENTED_ON, NodeLabel.PartyOrganization);
    static final Hop STATIONED_AT = Hop.out(NodeLabel.Unit, RelType.STATIONED_AT, NodeLabel.Community);
    static final Hop STAFF = Hop.in(NodeLabel.Unit, RelType.WORKS_AT, NodeLabel.Person);
    static final Hop RESOURCES = Hop.in(NodeLabel.Unit, RelType.OFFERED_BY, NodeLabel.Resource);
    static final Hop CLAIMED = Hop.in(NodeLabel.Unit, RelType.CLAIMED_BY, NodeLabel.Project);
    static final Hop PAID = Hop.in(NodeLabel.Unit, RelType.PAID_BY, NodeLabel.Project);
    static final Hop ACTIVITIES = Hop.in(NodeLabel.Unit, RelType.ORGANIZED_BY, NodeLabel.Activity)
            .orderBy(Hop.HopOrder.DATE_DESC);
    static final Hop ANSWERED = Hop.out(NodeLabel.Unit, RelType.ANSWERED, NodeLabel.Summons)
            .orderBy(Hop.HopOrder.DATE_DESC);

    private final Relations relations;
    private final ListQuery lists;
    private final NodeResolver resolver;
    private final Lookup lookup;

    UnitController(Relations relations, ListQuery lists, NodeResolver resolver, Lookup lookup) {
        this.relations = relations;
        this.lists = lists;
        this.resolver = resolver;
        this.lookup = lookup;
    }

    @QueryMapping
    Unit unit(@Argument String id) {
        return lookup.one(id, NodeLabel.Unit, Unit.class);
    }

    @QueryMapping
    Connection<Unit> units(@Argument OrganizationFilters.UnitFilter filter,
            @Argument OrganizationFilters.UnitOrderField orderBy, @Argument SortDirection direction,
            @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.areaId", filter.areaId(), NodeLabel.Street, NodeLabel.Town,
                    NodeLabel.IndustrialPark, NodeLabel.City);
            IdArguments.requireKind("filter.allianceId", filter.allianceId(), NodeLabel.Alliance);
        }
        return lists.page("organization/units", Filters.parameters(OrganizationFilters.UnitFilter.class, filter),
                orderBy.key(), direction, first, after, env, resolver.mapperOf(Unit.class));
    }

    @SchemaMapping
    CompletableFuture<Object> locatedIn(Unit unit, DataFetchingEnvironment env) {
        return relations.one(env, unit.id(), LOCATED_IN);
    }

    @SchemaMapping
    CompletableFuture<List<PartyOrganization>> partyOrganizations(Unit unit, DataFetchingEnvironment env) {
        return relations.many(env, unit.id(), PARTY_ORGANIZATIONS);
    }

    @SchemaMapping
    CompletableFuture<List<PartyOrganization>> representedOn(Unit unit, DataFetchingEnvironment env) {
        return relations.many(env, unit.id(), REPRESENTED_ON);
    }

    @SchemaMapping
    CompletableFuture<List<Community>> stationedAt(Unit unit, DataFetchingEnvironment env) {
        return relations.many(env, unit.id(), STATIONED_AT);
    }

    @SchemaMapping
    CompletableFuture<Connection<Person>> staff(Unit unit, @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        return relations.page(env, unit.id(), STAFF, first, after);
    }

    @SchemaMapping
    CompletableFuture<List<Resource>> resources(Unit unit, DataFetchingEnvironment env) {
        return relations.many(env, unit.id(), RESOURCES);
    }

    @SchemaMapping
    CompletableFuture<List<Project>> claimedProjects(Unit unit, DataFetchingEnvironment env) {
        return relations.many(env, unit.id(), CLAIMED);
    }

    @SchemaMapping
    CompletableFuture<List<Project>> paidProjects(Unit unit, DataFetchingEnvironment env) {
        return relations.many(env, unit.id(), PAID);
    }

    @SchemaMapping
    CompletableFuture<List<Activity>> organizedActivities(Unit unit, DataFetchingEnvironment env) {
        return relations.many(env, unit.id(), ACTIVITIES);
    }

    @SchemaMapping
    CompletableFuture<List<SummonsAnswer>> answeredSummons(Unit unit, DataFetchingEnvironment env) {
        return relations.rows(env, unit.id(), ANSWERED).thenApply(rows -> rows.stream()
                .map(row -> new SummonsAnswer(unit, (Summons) row.node(), Values.date(row.rel().get("date"))))
                .toList());
    }
}
