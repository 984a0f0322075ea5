package org.orggraph.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.ProfiledPlan;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.CypherFiles;
import org.orggraph.api.GraphQlTesters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The people filter {@code nameContains} is served by the text indexes of schema V0004 (one seek per property,
 * united) and finds exactly the people the plain predicate over all people finds.
 */
@OrgGraphTest
class NameFilterIndexTest {

    /** The filter as one predicate, which no index serves: what the indexed statement must agree with. */
    static final String SCAN = """
            MATCH (n:Person)
            WHERE $nameContains IS NULL OR n.name CONTAINS $nameContains
               OR n.pinyin STARTS WITH toLower($nameContains) OR n.initials STARTS WITH toLower($nameContains)""";

    private static final String PEOPLE = """
            query($filter: PersonFilter) {
              people(filter: $filter, orderBy: ID, first: 100) { totalCount edges { node { id } } }
            }""";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    CypherFiles cypher;

    @Test
    void findsThePeopleWhoseNameContainsTheTextOrWhosePinyinOrInitialsStartWithIt() {
        HttpGraphQlTester graphQl = GraphQlTesters.overHttp(port);
        for (String text : List.of("欧阳", "李", "ouyang", "OuYang", "zh", "oy", "x")) {
            var answer = graphQl.document(PEOPLE).variable("filter", Map.of("nameContains", text)).execute();
            int total = answer.path("people.totalCount").entity(Integer.class).get();
            List<String> ids = answer.path("people.edges[*].node.id").entityList(String.class).get();
            var scanned = driver.executableQuery(SCAN + " WITH n ORDER BY n.id RETURN n.id AS id")
                    .withParameters(Map.of("nameContains", text)).execute().records();
            assertThat(total).as(text).isPositive().isEqualTo(scanned.size());
            assertThat(ids).as(text)
                    .isEqualTo(scanned.stream().limit(100).map(r -> r.get("id").asString()).toList());
        }
    }

    @Test
    void looksAtFewerPeopleThanThereAre() {
        long people = driver.executableQuery("MATCH (n:Person) RETURN count(n) AS n").execute().records().get(0)
                .get("n").asLong();
        String pageAndCount = cypher.render("api/page-counted", Map.of("match", cypher.load("member/people"),
                "after", "true", "key", "n.id", "order", "n.id ASC"));
        assertThat(dbHits(driver, pageAndCount, "欧阳")).isLessThan(people);
        assertThat(dbHits(driver, pageAndCount, "oy")).isLessThan(people);
    }

    /** The database hits of a people statement with this name filter and no other filter (PROFILE). */
    static long dbHits(Driver driver, String statement, String nameContains) {
        Map<String, Object> parameters = new HashMap<>();
        for (String name : List.of("isMember", "partyOrganizationId", "employerId", "areaId", "allianceId",
                "bornFrom", "bornTo", "asOf")) {
            parameters.put(name, null);
        }
        parameters.put("nameContains", nameContains);
        parameters.put("limit", 21);
        parameters.put("allow", Map.of("Person", List.of("id")));
        ProfiledPlan plan = driver.executableQuery("PROFILE " + statement).withParameters(parameters).execute()
                .summary().profile();
        return total(plan);
    }

    private static long total(ProfiledPlan plan) {
        return plan.dbHits() + plan.children().stream().mapToLong(NameFilterIndexTest::total).sum();
    }
}
