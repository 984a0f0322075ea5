package org.orggraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.orggraph.OrgGraphTest;
import org.orggraph.model.NodeLabel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fan-out the query cost assumes for every list relationship field (its {@code @fanOut(max:)}, else
 * {@link ApiLimits#defaultFanOut()}) is at least the real maximum in the Heshan data: measured here with Cypher,
 * per field, counting every relationship of the field's type and direction to nodes of its labels (a superset of
 * what the field returns, so the check errs on the safe side).
 */
@OrgGraphTest
class FanOutBoundsTest {

    /** List fields that are not relationship fields, and what they return at most. */
    private static final Map<String, String> OTHER = Map.of(
            "Alliance.members", "MATCH (a:Alliance) OPTIONAL MATCH (a)<-[:IN_ALLIANCE]-(m) WITH a, count(m) AS c"
                    + " RETURN max(c) AS max",
            "Alliance.isolatedMembers", "MATCH (a:Alliance) OPTIONAL MATCH (a)<-[:IN_ALLIANCE]-(m) WITH a,"
                    + " count(m) AS c RETURN max(c) AS max",
            "Query.cities", "MATCH (n:City) RETURN count(n) AS max",
            "Query.streets", "MATCH (n:Street) RETURN count(n) AS max",
            "Query.towns", "MATCH (n:Town) RETURN count(n) AS max",
            "Query.dutyListItems", "MATCH (n:DutyListItem) RETURN count(n) AS max",
            "GraphNode.properties", "MATCH (n) RETURN max(size(keys(n))) AS max",
            "GraphEdge.properties", "MATCH ()-[r]->() RETURN max(size(keys(r))) AS max");

    @Autowired
    GraphQlSource graphQl;

    @Autowired
    Driver driver;

    @Autowired
    ApiLimits limits;

    @Test
    void everyListRelationshipFieldStaysWithinTheFanOutTheCostAssumes() {
        GraphQLSchema schema = graphQl.schema();
        Map<String, String> measured = new TreeMap<>();
        List<String> over = new ArrayList<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object) || NodeLabel.of(object.getName()) == null) {
                continue;
            }
            for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                GraphQLAppliedDirective relationship = field.getAppliedDirective("relationship");
                if (relationship == null || !GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getType()))) {
                    continue;
                }
                int max = maximum(object.getName(), field, relationship);
                int bound = QueryCost.fanOut(field, limits);
                measured.put(object.getName() + "." + field.getName(), max + " (bound " + bound + ")");
                if (max > bound) {
                    over.add(object.getName() + "." + field.getName() + ": " + max + " > " + bound);
                }
            }
        }
        // Lists of other fields, measured by what they return.
        OTHER.forEach((field, cypher) -> {
            String[] typeAndField = field.split("\\.");
            int max = driver.executableQuery(cypher).execute().records().get(0).get("max").asInt();
            GraphQLFieldDefinition definition = ((GraphQLObjectType) schema.getType(typeAndField[0]))
                    .getFieldDefinition(typeAndField[1]);
            int bound = QueryCost.fanOut(definition, limits);
            measured.put(field, max + " (bound " + bound + ")");
            if (max > bound) {
                over.add(field + ": " + max + " > " + bound);
            }
        });
        System.out.println("Measured fan-out per list field: " + measured);
        assertThat(measured).hasSizeGreaterThan(40);
        assertThat(over).as("fields whose real fan-out exceeds what the cost assumes").isEmpty();
    }

    private int maximum(String from, GraphQLFieldDefinition field, GraphQLAppliedDirective relationship) {
        String relType = relationship.getArgument("type").getValue().toString();
        Object direction = relationship.getArgument("direction").getValue();
        boolean in = "IN".equals(direction.toString());
        List<String> to = relationship.getArgument("to").getValue();
        String element = ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(field.getType())).getName();
        if ((to == null || to.isEmpty()) && NodeLabel.of(element) != null) {
            to = List.of(element);
        }
        Object filter = relationship.getArgument("where").getValue();
        String where = filter == null ? "ANY" : filter.toString();
        List<String> conditions = new ArrayList<>();
        if (to != null && !to.isEmpty()) {
            conditions.add("(" + String.join(" OR ", to.stream().map(l -> "m:`" + l + "`").toList()) + ")");
        }
        if ("CURRENT".equals(where)) {
            conditions.add("r.until IS NULL");
        } else if ("ENDED".equals(where)) {
            conditions.add("r.until IS NOT NULL");
        }
        String pattern = in ? "(n)<-[r:`" + relType + "`]-(m)" : "(n)-[r:`" + relType + "`]->(m)";
        String cypher = "MATCH (n:`" + from + "`) MATCH " + pattern
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " WITH n, count(m) AS c RETURN coalesce(max(c), 0) AS max";
        return driver.executableQuery(cypher).execute().records().get(0).get("max").asInt();
    }
}
