package org.orggraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.orggraph.OrgGraphTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The reference data reproduces the source's figures, and loading never duplicates. */
@OrgGraphTest
class HeshanReferenceDataTest {

    @Autowired
    Driver driver;

    @Autowired
    SampleDataInitializer initializer;

    @Test
    void everyFigureOfTheSourceHoldsInTheGraph() throws IOException {
        String check = Files.readString(Path.of("cypher/checks/heshan-figures.cypher"), StandardCharsets.UTF_8);

        List<Record> rows = driver.executableQuery(check).execute().records();

        assertThat(rows).hasSizeGreaterThanOrEqualTo(30);
        assertThat(rows).allSatisfy(row -> assertThat(row.get("ok").asBoolean())
                .as("%s: expected %s, actual %s", row.get("figure"), row.get("expected"), row.get("actual"))
                .isTrue());
    }

    @Test
    void theHeadlineCountsAnswerOverBolt() {
        assertThat(count("MATCH (a:Alliance) RETURN count(a)")).isEqualTo(18);
        assertThat(count("MATCH (c:Community) RETURN count(c)")).isEqualTo(26);
        assertThat(count("MATCH (p:IndustrialPark) RETURN count(p)")).isEqualTo(5);
        assertThat(count("MATCH (u:Unit) WHERE u.kind IN ['AGENCY', 'PUBLIC_INSTITUTION']"
                + " AND (u)-[:IN_ALLIANCE]->(:Alliance) RETURN count(u)")).isEqualTo(303);
        assertThat(count("MATCH (u:Unit) WHERE u.kind IN ['AGENCY', 'PUBLIC_INSTITUTION'] RETURN count(u)"))
                .isEqualTo(303);
        assertThat(count("""
                MATCH (x)-[:IN_ALLIANCE]->(:Alliance)
                MATCH (top:PartyOrganization)-[:HOSTED_BY]->(x)
                MATCH (po:PartyOrganization)-[:SUBORDINATE_TO*0..]->(top)
                WITH DISTINCT po
                MATCH (m:Member)-[r:MEMBER_OF]->(po) WHERE r.until IS NULL
                RETURN count(DISTINCT m)""")).isEqualTo(21_821);
    }

    @Test
    void everyMemberHasExactlyOneCurrentPartyOrganization() {
        assertThat(count("""
                MATCH (m:Member)
                OPTIONAL MATCH (m)-[r:MEMBER_OF]->() WHERE r.until IS NULL
                WITH m, count(r) AS current WHERE current <> 1
                RETURN count(m)""")).isZero();
    }

    @Test
    void startingAgainOnTheSameDataNeitherReloadsNorDuplicates() throws Exception {
        Map<String, Long> before = totals();

        assertThat(initializer.state()).isEqualTo(ReferenceDataMark.State.LOADED);
        String said = initializer.run(fraction -> { });

        assertThat(said).isEqualTo("Heshan reference data already loaded");
        assertThat(totals()).isEqualTo(before);
    }

    private Map<String, Long> totals() {
        var row = driver.executableQuery("MATCH (n) WITH count(n) AS nodes"
                + " MATCH ()-[r]->() RETURN nodes, count(r) AS relationships").execute().records().get(0);
        return Map.of("nodes", row.get("nodes").asLong(), "relationships", row.get("relationships").asLong());
    }

    private long count(String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
    }
}
