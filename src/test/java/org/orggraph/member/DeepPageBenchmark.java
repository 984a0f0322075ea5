package org.orggraph.member;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.GraphQlTesters;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Keyset pages cost the same wherever they are: page 200 of {@code people(first: 100)} (after 19,900 people) against
 * page 1, measured alternately in one run (these machines are noisy), median of each. Prints; asserts nothing about
 * speed. {@code ./mvnw -B test -Pbench -Dtest=DeepPageBenchmark}
 */
@Tag("bench")
@OrgGraphTest
class DeepPageBenchmark {

    private static final String PAGE = "query($after: String) { people(first: 100, after: $after) {"
            + " pageInfo { endCursor } nodes { id name pinyin } } }";
    private static final int ROUNDS = 30;

    @LocalServerPort
    int port;

    @Test
    void pageTwoHundredOfPeopleAgainstPageOne() {
        HttpGraphQlTester graphQl = GraphQlTesters.overHttp(port);
        String after = null;
        for (int page = 1; page < 200; page++) {
            after = graphQl.document(PAGE).variable("after", after).execute()
                    .path("people.pageInfo.endCursor").entity(String.class).get();
        }
        String page200 = after;
        List<Long> first = new ArrayList<>();
        List<Long> deep = new ArrayList<>();
        for (int round = 0; round < ROUNDS + 5; round++) {
            long firstNanos = time(graphQl, null);
            long deepNanos = time(graphQl, page200);
            if (round >= 5) {
                first.add(firstNanos);
                deep.add(deepNanos);
            }
        }
        double p1 = median(first) / 1e6;
        double p200 = median(deep) / 1e6;
        System.out.printf("BENCH people(first: 100): page 1 p50 %.1f ms, page 200 p50 %.1f ms, ratio %.2f (%d rounds)%n",
                p1, p200, p200 / p1, ROUNDS);
    }

    private static long time(HttpGraphQlTester graphQl, String after) {
        long started = System.nanoTime();
        graphQl.document(PAGE).variable("after", after).execute().path("people.nodes").entityList(Object.class)
                .hasSize(100);
        return System.nanoTime() - started;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
