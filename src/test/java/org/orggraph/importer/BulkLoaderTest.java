package org.orggraph.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.orggraph.FixtureRemoval;
import org.orggraph.alliance.LinkProjection;
import org.orggraph.graph.EmbeddedNeo4j;
import org.orggraph.OrgGraphTest;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;
import org.springframework.beans.factory.annotation.Autowired;

@OrgGraphTest
class BulkLoaderTest {

    @Autowired
    Driver driver;

    @Autowired
    LinkProjection links;

    @Autowired
    EmbeddedNeo4j embedded;

    @AfterEach
    void removeTestNodes() {
        new FixtureRemoval(driver, links).delete("MATCH (n) WHERE n.id STARTS WITH 'bulkloader-test:' RETURN n", Map.of());
    }

    /** Five units and a member who works at the fourth: six nodes, one relationship. */
    private static GraphBatch fiveUnitsAndOneEmployee() {
        GraphBatch batch = new GraphBatch();
        for (int i = 0; i < 5; i++) {
            batch.node(NodeLabel.Unit, "bulkloader-test:unit:" + i, Map.of("name", "单位" + i, "kind", "AGENCY"));
        }
        batch.node(NodeLabel.Person, java.util.Set.of(NodeLabel.Member), "bulkloader-test:person:1", Map.of("name", "张三"));
        batch.relationship(NodeLabel.Person, "bulkloader-test:person:1", RelType.WORKS_AT, NodeLabel.Unit,
                "bulkloader-test:unit:3", Map.of("since", java.time.LocalDate.of(2019, 3, 1)));
        return batch;
    }

    @Test
    void loadingTheSameRowsTwiceMergesOnIdsAndUpdatesProperties() {
        var loader = new BulkLoader(driver, 2, 2);
        GraphBatch batch = fiveUnitsAndOneEmployee();

        loader.load(batch);
        var second = loader.load(batch);

        assertThat(second.nodes()).isEqualTo(6);
        assertThat(count("MATCH (n) WHERE n.id STARTS WITH 'bulkloader-test:' RETURN count(n)")).isEqualTo(6);
        assertThat(count("MATCH (:Person:Member {id: 'bulkloader-test:person:1'})-[r:WORKS_AT]->(:Unit)"
                + " RETURN count(r)")).isEqualTo(1);
    }

    @Test
    void loadingOnceWritesEverythingAndLetsTheRowsGoButKeepsTheCounts() {
        var loader = new BulkLoader(driver, 2, 2);
        GraphBatch batch = fiveUnitsAndOneEmployee();

        var report = loader.loadOnce(batch.allNew(), fraction -> { });

        assertThat(report.nodes()).isEqualTo(6);
        assertThat(report.relationships()).isEqualTo(1);
        assertThat(count("MATCH (n) WHERE n.id STARTS WITH 'bulkloader-test:' RETURN count(n)")).isEqualTo(6);
        assertThat(count("MATCH (:Person {id: 'bulkloader-test:person:1'})-[r:WORKS_AT]->(:Unit {id: 'bulkloader-test:unit:3'})"
                + " RETURN count(r)")).isEqualTo(1);
        assertThat(batch.newNodes().values()).allSatisfy(rows -> assertThat(rows).containsOnlyNulls());
        assertThat(batch.newRelationships().values()).allSatisfy(rows -> assertThat(rows).containsOnlyNulls());
        assertThat(batch.nodeCount()).isEqualTo(6);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"over Bolt", "in-process"})
    void aRelationshipToAMissingNodeIsRefusedAndItsBatchLeavesNothing(String writePath) {
        var loader = writePath.equals("in-process") ? new BulkLoader(driver, embedded::database, 100, 2)
                : new BulkLoader(driver, 100, 2);
        loader.load(new GraphBatch().node(NodeLabel.Unit, "bulkloader-test:unit:a", Map.of("name", "甲")));

        assertThatThrownBy(() -> loader.load(reportToNowhere()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 of 1 relationships found both their nodes");
        assertThat(count("MATCH (:Unit {id: 'bulkloader-test:unit:a'})-[r]-() RETURN count(r)")).isZero();
    }

    @Test
    void inTheImportsOneTransactionARelationshipToAMissingNodeIsRefusedAndTheTransactionLeavesNothing() {
        var loader = new BulkLoader(driver, embedded::database, 100, 2);
        GraphBatch batch = new GraphBatch().node(NodeLabel.Unit, "bulkloader-test:unit:a", Map.of("name", "甲"));
        batch.relationship(NodeLabel.Unit, "bulkloader-test:unit:a", RelType.REPORTS_TO, NodeLabel.Community,
                "bulkloader-test:nowhere");

        try (ImportTransaction tx = loader.beginTransaction()) {
            assertThatThrownBy(() -> loader.loadInTransaction(batch, tx, rows -> { }))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("0 of 1 relationships found both their nodes");
        }
        assertThat(count("MATCH (n) WHERE n.id STARTS WITH 'bulkloader-test:' RETURN count(n)")).isZero();
    }

    private static GraphBatch reportToNowhere() {
        return new GraphBatch().relationship(NodeLabel.Unit, "bulkloader-test:unit:a", RelType.REPORTS_TO,
                NodeLabel.Community, "bulkloader-test:nowhere");
    }

    private long count(String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
    }
}
