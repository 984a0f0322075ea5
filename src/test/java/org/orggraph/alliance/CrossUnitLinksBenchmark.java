package org.orggraph.alliance;

import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.GraphQlTesters;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * How long the headline query takes on the Heshan data: crossUnitLinks(first: 5) with evidence for all 18
 * alliances in one request (one links statement for all of them), computed on the fly. Prints; asserts nothing
 * about speed. {@code ./mvnw -B test -Pbench -Dtest=CrossUnitLinksBenchmark}
 */
@Tag("bench")
@OrgGraphTest
class CrossUnitLinksBenchmark {

    static final String QUERY = """
            { alliances(first: 18) { edges { node { id crossUnitLinks(first: 5) { totalCount edges { node {
              source { id } target { id } weight kinds evidence(first: %d) { kind path { length nodes { id } } } } } } } } } }""";

    @LocalServerPort
    int port;

    @Test
    void crossUnitLinksOfAllEighteenAlliances() {
        HttpGraphQlTester graphQl = GraphQlTesters.countingStatements(port).mutate()
                .webTestClient(client -> client.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(8 << 20)))
                .build();
        for (int evidence : new int[] {0, 3, 3, 3, 5, 5, 5}) {
            long started = System.nanoTime();
            Map<?, ?> extensions = graphQl.document(QUERY.formatted(evidence)).execute()
                    .path("$.extensions").entity(Map.class).get();
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("BENCH crossUnitLinks(first: 5) x 18 alliances, evidence(first: %d): %d ms, %s statements%n",
                    evidence, millis, extensions.get("cypherStatements"));
        }
    }
}
