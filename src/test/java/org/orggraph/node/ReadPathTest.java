package org.orggraph.node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.GraphQlTesters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one read path: a property that is in the database but not on the allowlist of its label (the components of
 * the label's GraphQL type) never appears in any response — not in fields, lists, node(s), search, neighbourhood,
 * paths or evidence — while the allowed ones do.
 */
@OrgGraphTest
class ReadPathTest {

    private static final String PROBE = "LEAK-PROBE-3f9a";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @BeforeEach
    void everyNodeGetsAPropertyNoGraphQlTypeHas() {
        driver.executableQuery("MATCH (n) WHERE n.id IS NOT NULL SET n.secretNote = $probe")
                .withParameters(Map.of("probe", PROBE)).execute();
    }

    @AfterEach
    void andLosesItAgain() {
        driver.executableQuery("MATCH (n) WHERE n.secretNote IS NOT NULL REMOVE n.secretNote").execute();
    }

    @Test
    void aPropertyOutsideTheAllowlistNeverLeavesTheServerOnAnyPath() throws IOException {
        List<String> documents = new ArrayList<>(documentsIn(Path.of("graphql/examples")));
        documents.addAll(List.of(
                "{ node(id: \"person:000001\") { id ... on Person { name employer { name } memberships { since } } } }",
                "{ nodes(ids: [\"community:07\", \"unit:0001\", \"alliance:05\"]) { id } }",
                "{ people(first: 5) { nodes { id name partyOrganization { name host { id } } residence { name } } } }",
                "{ partyOrganization(id: \"po:unit:0001:1\") { members(first: 3) { edges { node { name } } }"
                        + " formerMembers { person { name } } host { id } } }",
                "{ search(text: \"鹤山\", first: 20) { label node { id } } }",
                "{ neighborhood(id: \"community:07\", depth: 2, limit: 200) { nodes { id properties { key value } }"
                        + " edges { properties { key value } } } }",
                "{ shortestPaths(from: \"unit:0001\", to: \"community:07\", maxHops: 6) { paths { nodes { id"
                        + " properties { key value } node { id } } } } }",
                "{ alliance(id: \"alliance:05\") { members { organization { id } } isolatedMembers { organization { id } }"
                        + " crossUnitLinks(first: 5) { edges { node { source { id } evidence(first: 10) { description"
                        + " path { nodes { properties { key value } } } } } } }"
                        + " bridges(first: 3) { nodes { otherAlliance { id } evidence { path { nodes { properties { key value } } } } } } } }"));
        int answered = 0;
        for (String document : documents) {
            String body = post(document);
            assertThat(body).as(document).doesNotContain(PROBE).doesNotContain("secretNote");
            answered += body.contains("\"data\":{") ? 1 : 0;
        }
        assertThat(answered).as("documents answered with data").isEqualTo(documents.size());
    }

    @Test
    void allowedPropertiesStillReachTheDrawings() {
        String body = post("{ neighborhood(id: \"community:07\", depth: 1, limit: 5) { nodes { properties { key } } } }");
        assertThat(body).contains("\"households\"");
    }

    @Test
    void theProbeIsReallyInTheDatabase() {
        List<String> notes = driver.executableQuery("MATCH (n:Community {id: 'community:07'}) RETURN n.secretNote AS note")
                .execute().records().stream().map(r -> r.get("note").asString()).toList();
        assertThat(notes).containsExactly(PROBE);
    }

    private String post(String document) {
        byte[] body = GraphQlTesters.webClient(port).post().contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", document)).exchange().expectBody().returnResult().getResponseBody();
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }

    private static List<String> documentsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".graphql")).sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }
}
