package org.orggraph.area;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.api.ListQuery;
import org.orggraph.api.SortKey;
import org.orggraph.history.DutyListItem;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;
import org.orggraph.node.Hop;
import org.orggraph.node.NodeResolver;
import org.orggraph.node.Relations;
import org.orggraph.organization.ServiceCenter;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code City}: the city and what hangs directly under it; also the small root lists of streets and towns. */
@Controller
class CityController {

    static final Hop STREETS = Hop.in(NodeLabel.City, RelType.PART_OF, NodeLabel.Street);
    static final Hop TOWNS = Hop.in(NodeLabel.City, RelType.PART_OF, NodeLabel.Town);
    static final Hop SERVICE_CENTERS = Hop.in(NodeLabel.City, RelType.LOCATED_IN, NodeLabel.ServiceCenter);
    static final Hop DUTY_LIST_ITEMS = Hop.in(NodeLabel.City, RelType.APPLIES_TO, NodeLabel.DutyListItem);

    private final Relations relations;
    private final ListQuery lists;
    private final NodeResolver resolver;

    CityController(Relations relations, ListQuery lists, NodeResolver resolver) {
        this.relations = relations;
        this.lists = lists;
        this.resolver = resolver;
    }

    @QueryMapping
    List<City> cities() {
        return lists.all("area/cities", Map.of(), new SortKey("NAME", "pinyin"), resolver.mapperOf(City.class));
    }

    @QueryMapping
    List<Street> streets() {
        return lists.all("area/streets", Map.of(), new SortKey("NAME", "pinyin"), resolver.mapperOf(Street.class));
    }

    @QueryMapping
    List<Town> towns() {
        return lists.all("area/towns", Map.of(), new SortKey("NAME", "pinyin"), resolver.mapperOf(Town.class));
    }

    @SchemaMapping
    CompletableFuture<List<Street>> streets(City city, DataFetchingEnvironment env) {
        return relations.many(env, city.id(), STREETS);
    }

    @SchemaMapping
    CompletableFuture<List<Town>> towns(City city, DataFetchingEnvironment env) {
        return relations.many(env, city.id(), TOWNS);
    }

    @SchemaMapping
    CompletableFuture<List<ServiceCenter>> serviceCenters(City city, DataFetchingEnvironment env) {
        return relations.many(env, city.id(), SERVICE_CENTERS);
    }

    @SchemaMapping
    CompletableFuture<List<DutyListItem>> dutyListItems(City city, DataFetchingEnvironment env) {
        return relations.many(env, city.id(), DUTY_LIST_ITEMS);
    }
}
