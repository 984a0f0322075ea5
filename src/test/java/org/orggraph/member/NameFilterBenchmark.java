package org.orggraph.member;

import java.util.Arrays;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.CypherFiles;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Database hits (PROFILE) of the people list with a name filter: the page (first 20 by name) and the count, the
 * indexed statement against the one-predicate scan. Prints; asserts nothing.
 * {@code ./mvnw -B test -Pbench -Dtest=NameFilterBenchmark}
 */
@Tag("bench")
@OrgGraphTest
class NameFilterBenchmark {

    private static final String PAGE = " WITH n ORDER BY n.name, n.id LIMIT 20 RETURN n.id AS id";
    private static final String COUNT = " RETURN count(n) AS total";

    @Autowired
    Driver driver;

    @Autowired
    CypherFiles cypher;

    @Test
    void dbHitsOfTheIndexedNameFilterAgainstTheScan() {
        String match = cypher.load("member/people");
        String scan = NameFilterIndexTest.SCAN;
        for (String text : Arrays.asList("欧阳", "ouyang", "oy", null)) {
            System.out.printf("BENCH people nameContains=%s: page db hits %d (scan %d), count db hits %d (scan %d)%n",
                    text, NameFilterIndexTest.dbHits(driver, match + PAGE, text),
                    NameFilterIndexTest.dbHits(driver, scan + PAGE, text),
                    NameFilterIndexTest.dbHits(driver, match + COUNT, text),
                    NameFilterIndexTest.dbHits(driver, scan + COUNT, text));
        }
    }
}
