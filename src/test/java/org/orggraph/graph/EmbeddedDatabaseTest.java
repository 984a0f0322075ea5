package org.orggraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.orggraph.OrgGraphTest;
import org.orggraph.TestDriver;
import org.orggraph.api.GraphQlTesters.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

@OrgGraphTest
class EmbeddedDatabaseTest {

    @Autowired
    EmbeddedNeo4j embedded;

    @LocalServerPort
    int httpPort;

    @Test
    void healthIsUpWithTheSchemaAppliedAndTheGraphReachable() {
        // The details are for ADMIN (SecurityTest shows what others see).
        String body = RestClient.create("http://127.0.0.1:" + httpPort).get().uri("/actuator/health")
                .header(HttpHeaders.AUTHORIZATION, TestUser.TEST_ADMIN.basic())
                .retrieve().body(String.class);
        Map<?, ?> health = JsonMapper.builder().build().readValue(body, Map.class);

        assertThat(health.get("status")).isEqualTo("UP");
        var graph = (Map<?, ?>) ((Map<?, ?>) health.get("components")).get("graph");
        assertThat(graph.get("status")).isEqualTo("UP");
        assertThat(((Map<?, ?>) graph.get("details")).get("schemaVersion")).isNotEqualTo("none");
    }

    @Test
    void anExternalBoltClientLogsInWithTheConfiguredPasswordOnLoopback() {
        assertThat(embedded.boltUri().getHost()).isEqualTo("127.0.0.1");
        assertThat(embedded.boltPort()).isPositive();
        try (Driver driver = TestDriver.externalClient(embedded, "test-password-0123")) {
            long alliances = driver.executableQuery("MATCH (a:Alliance) RETURN count(a) AS n").execute()
                    .records().get(0).get("n").asLong();
            assertThat(alliances).isEqualTo(18);
        }
    }

    @Test
    void aWrongPasswordAndNeo4jsDefaultPasswordAreRefused() {
        for (String password : new String[] {"wrong-password", "neo4j"}) {
            try (Driver driver = TestDriver.externalClient(embedded, password)) {
                assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
        }
    }

    @Test
    void theSchemaHasUniqueIdsPerLabelAndTheCjkFullTextIndex() {
        try (Driver driver = TestDriver.externalClient(embedded, "test-password-0123")) {
            var constraints = driver.executableQuery(
                    "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS'"
                            + " AND properties = ['id'] RETURN collect(labelsOrTypes[0]) AS labels")
                    .execute().records().get(0).get("labels").asList(v -> v.asString());
            assertThat(constraints).contains("City", "Community", "Unit", "PartyOrganization", "Person",
                    "Alliance", "ChangeEvent");

            var index = driver.executableQuery("SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'names'"
                    + " RETURN options.indexConfig.`fulltext.analyzer` AS analyzer").execute().records();
            assertThat(index).singleElement().satisfies(r -> assertThat(r.get("analyzer").asString()).isEqualTo("cjk"));
        }
    }

    @Test
    void loadCsvReadsOnlyBelowTheImportFolderNotTheMachinesFiles(@Autowired EmbeddedNeo4jProperties properties)
            throws java.io.IOException {
        java.nio.file.Files.writeString(properties.importDir().resolve("roster.csv"), "a\nb\n");
        try (Driver driver = TestDriver.externalClient(embedded, "test-password-0123")) {
            long lines = driver.executableQuery("LOAD CSV FROM 'file:///roster.csv' AS line RETURN count(line)")
                    .execute().records().get(0).get(0).asLong();
            assertThat(lines).isEqualTo(2);
            assertThatThrownBy(() -> driver.executableQuery(
                    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN count(line)").execute())
                    .hasMessageContaining("Couldn't load the external resource");
        }
    }
}
