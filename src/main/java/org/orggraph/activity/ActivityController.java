package org.orggraph.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.api.Connection;
import org.orggraph.api.Filters;
import org.orggraph.api.ListQuery;
import org.orggraph.api.SortDirection;
import org.orggraph.api.Values;
import org.orggraph.member.Person;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;
import org.orggraph.node.Hop;
import org.orggraph.node.IdArguments;
import org.orggraph.node.NodeResolver;
import org.orggraph.node.Relations;
import org.orggraph.organization.PartyOrganization;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code Activity}: the list of activities, their organizers, places, participants and mobilization. */
@Controller
class ActivityController {

    static final Hop ORGANIZERS = Hop.out(NodeLabel.Activity, RelType.ORGANIZED_BY);
    static final Hop PLACES = Hop.out(NodeLabel.Activity, RelType.HELD_AT);
    static final Hop PARTICIPANTS = Hop.in(NodeLabel.Activity, RelType.PARTICIPATED_IN, NodeLabel.Person);
    static final Hop MOBILIZED_POS = Hop.in(NodeLabel.Activity, RelType.MOBILIZED_FOR, NodeLabel.PartyOrganization);
    static final Hop MOBILIZED_MEMBERS = Hop.in(NodeLabel.Activity, RelType.MOBILIZED_FOR, NodeLabel.Person);

    record ActivityFilter(String nameContains, List<String> kinds, List<String> meetingLevels, String areaId,
            String organizerId, String allianceId, LocalDate dateFrom, LocalDate dateTo) {
    }

    private final Relations relations;
    private final ListQuery lists;
    private final NodeResolver resolver;

    ActivityController(Relations relations, ListQuery lists, NodeResolver resolver) {
        this.relations = relations;
        this.lists = lists;
        this.resolver = resolver;
    }

    @QueryMapping
    Connection<Activity> activities(@Argument ActivityFilter filter, @Argument ActivityOrderField orderBy,
            @Argument SortDirection direction, @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        if (filter != null) {
            IdArguments.requireKind("filter.areaId", filter.areaId(), NodeLabel.ResidentialCompound,
                    NodeLabel.Community, NodeLabel.IndustrialPark, NodeLabel.Street, NodeLabel.Town, NodeLabel.City);
            IdArguments.requireKind("filter.organizerId", filter.organizerId());
            IdArguments.requireKind("filter.allianceId", filter.allianceId(), NodeLabel.Alliance);
        }
        return lists.page("activity/activities", Filters.parameters(ActivityFilter.class, filter), orderBy.key(),
                direction, first, after, env, resolver.mapperOf(Activity.class));
    }

    @SchemaMapping
    CompletableFuture<List<Object>> organizers(Activity activity, DataFetchingEnvironment env) {
        return relations.many(env, activity.id(), ORGANIZERS);
    }

    @SchemaMapping
    CompletableFuture<List<ActivityPlace>> places(Activity activity, DataFetchingEnvironment env) {
        return relations.rows(env, activity.id(), PLACES).thenApply(rows -> rows.stream()
                .map(row -> new ActivityPlace(row.node(), Values.integer(row.rel().get("stairwells")),
                        Values.integer(row.rel().get("households"))))
                .toList());
    }

    @SchemaMapping
    CompletableFuture<Connection<Person>> participants(Activity activity, @Argument Integer first,
            @Argument String after, DataFetchingEnvironment env) {
        return relations.page(env, activity.id(), PARTICIPANTS, first, after);
    }

    @SchemaMapping
    CompletableFuture<List<PartyOrganization>> mobilizedPartyOrganizations(Activity activity,
            DataFetchingEnvironment env) {
        return relations.many(env, activity.id(), MOBILIZED_POS);
    }

    @SchemaMapping
    CompletableFuture<Connection<Person>> mobilizedMembers(Activity activity, @Argument Integer first,
            @Argument String after, DataFetchingEnvironment env) {
        return relations.page(env, activity.id(), MOBILIZED_MEMBERS, first, after);
    }
}
