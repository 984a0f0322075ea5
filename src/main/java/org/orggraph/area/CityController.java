package org.orggraph.area;

import java.util.List;
import java.util.Map;

import org.orggraph.node.ListQuery;
import org.orggraph.api.SortKey;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code City}: the city and what hangs directly under it; also the small root lists of streets and towns. */
@Controller
class CityController {

    private final ListQuery lists;

    CityController(ListQuery lists) {
        this.lists = lists;
    }

    @QueryMapping
    List<City> cities() {
        return lists.all("area/cities", Map.of(), new SortKey("NAME", "pinyin"), City.class);
    }

    @QueryMapping
    List<Street> streets() {
        return lists.all("area/streets", Map.of(), new SortKey("NAME", "pinyin"), Street.class);
    }

    @QueryMapping
    List<Town> towns() {
        return lists.all("area/towns", Map.of(), new SortKey("NAME", "pinyin"), Town.class);
    }

}
