package org.orggraph.bench;

import java.util.Map;

/**
 * One query of the benchmark: a GraphQL document and the one hand-written Cypher statement that fetches the same
 * answer ({@code cypher/bench/<name>.cypher}, returning the answer's {@code data} as one value {@code data}).
 *
 * @param name       short name, also the statement's file name
 * @param question   what the query answers, for the table
 * @param document   classpath location of the GraphQL document (no variables: its arguments are literals)
 * @param parameters the statement's parameters: the same values as the document's literals
 * @param target     the latency target the issue sets for this query beyond the ratios, if any
 */
public record BenchCase(String name, String question, String document, Map<String, Object> parameters,
        LatencyTarget target) {

    /** The statement's file under {@code cypher/}, for {@code CypherFiles}. */
    public String statementFile() {
        return "bench/" + name;
    }

    /** A latency target of a query: p95 under a number of milliseconds depending on the scale. */
    public enum LatencyTarget {
        /** Only the ratios. */
        NONE,
        /** {@code crossUnitLinks}: p95 under 50 ms at scale 1, under 100 ms at scale 10. */
        CROSS_UNIT_LINKS,
        /** The dashboard: p95 under 50 ms at scale 10 (none set at scale 1). */
        DASHBOARD;

        /** The p95 limit in ms at this scale, or null when none is set. */
        public Double p95LimitMs(int scale) {
            return switch (this) {
                case NONE -> null;
                case CROSS_UNIT_LINKS -> scale <= 1 ? 50.0 : 100.0;
                case DASHBOARD -> scale >= 10 ? 50.0 : null;
            };
        }
    }
}
