package org.orggraph.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ResultSummary;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.Caller;
import org.orggraph.api.CypherFiles;
import org.orggraph.api.Role;
import org.orggraph.node.ReadPath;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Access rules never turn an index seek into a scan (what @neo4j/graphql's authorization filters did, its issue
 * #5702): for every role, the statements of an id lookup and of a search, with the parameters that role's rules
 * give them, are PROFILEd, and each reads through its index — no label scan, no scan of all nodes.
 */
@OrgGraphTest
class AccessRulesPlanTest {

    @Autowired
    Driver driver;

    @Autowired
    CypherFiles cypher;

    @Autowired
    ReadPath readPath;

    @Test
    void anIdLookupSeeksTheUniqueIndexUnderEveryRole() {
        for (Role role : Role.values()) {
            Map<String, Object> params = Map.of("ids", List.of("person:000001", "person:000002"),
                    "allow", readPath.allowlist());
            Plan plan = profile(cypher.render("node/by-ids", Map.of("label", org.orggraph.model.NodeLabel.Person.cypher())), params);
            assertThat(operators(plan)).as(role.name()).anyMatch(op -> op.contains("NodeUniqueIndexSeek")
                    || op.contains("NodeIndexSeek")).noneMatch(AccessRulesPlanTest::scan);
        }
    }

    @Test
    void aSearchQueriesTheFullTextIndexUnderEveryRole() {
        for (Role role : Role.values()) {
            Map<String, Object> search = new HashMap<>();
            search.put("query", LuceneQuery.of("zhang"));
            search.put("types", SearchController.searchable(null, new Caller(role.name(), EnumSet.of(role))));
            search.put("first", 10);
            Map<String, Object> params = new HashMap<>();
            params.put("searches", List.of(search));
            params.put("scan", SearchController.SCAN);
            params.put("allow", readPath.allowlist());
            Plan plan = profile(cypher.load("search/search"), params);
            assertThat(operators(plan)).as(role.name()).anyMatch(op -> op.contains("ProcedureCall"))
                    .noneMatch(AccessRulesPlanTest::scan);
        }
    }

    private static boolean scan(String operator) {
        return operator.contains("AllNodesScan") || operator.contains("NodeByLabelScan");
    }

    private Plan profile(String statement, Map<String, Object> params) {
        ResultSummary summary = driver.executableQuery("PROFILE " + statement).withParameters(params).execute().summary();
        assertThat(summary.hasProfile()).isTrue();
        return summary.profile();
    }

    private static List<String> operators(Plan plan) {
        List<String> operators = new ArrayList<>();
        operators.add(plan.operatorType());
        plan.children().forEach(child -> operators.addAll(operators(child)));
        return operators;
    }
}
