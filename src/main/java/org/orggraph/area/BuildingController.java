package org.orggraph.area;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.member.Person;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;
import org.orggraph.node.Hop;
import org.orggraph.node.Relations;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code Building}: its compound and its building leaders. */
@Controller
class BuildingController {

    static final Hop COMPOUND = Hop.out(NodeLabel.Building, RelType.PART_OF, NodeLabel.ResidentialCompound);
    static final Hop LEADERS = Hop.in(NodeLabel.Building, RelType.LEADS_BUILDING, NodeLabel.Person);

    private final Relations relations;

    BuildingController(Relations relations) {
        this.relations = relations;
    }

    @SchemaMapping
    CompletableFuture<ResidentialCompound> compound(Building building, DataFetchingEnvironment env) {
        return relations.one(env, building.id(), COMPOUND);
    }

    @SchemaMapping
    CompletableFuture<List<BuildingLeader>> leaders(Building building, DataFetchingEnvironment env) {
        return relations.rows(env, building.id(), LEADERS).thenApply(rows -> rows.stream()
                .map(row -> new BuildingLeader((Person) row.node(), building, (String) row.rel().get("role")))
                .toList());
    }
}
