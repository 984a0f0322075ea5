package org.orggraph.bench;

/**
 * The outcome of one case: both sides measured, or the difference of the answers (then nothing was timed).
 *
 * @param benchCase  the case
 * @param statements Cypher statements the GraphQL request ran (its {@code extensions.cypherStatements})
 * @param mismatch   where the answers differ, or null when they are equal
 * @param graphQl    GraphQL over HTTP, null when not timed
 * @param statement  the hand-written statement through the driver, null when not timed
 */
public record BenchResult(BenchCase benchCase, int statements, String mismatch, Latencies graphQl,
        Latencies statement) {

    public boolean timed() {
        return mismatch == null && graphQl != null && statement != null;
    }

    /** GraphQL throughput / statement throughput: the headline (1.0 = as fast as the statement). */
    public double throughputRatio() {
        return graphQl.perSecond() / statement.perSecond();
    }

    /** GraphQL p50 / statement p50. */
    public double p50Ratio() {
        return graphQl.p50Ms() / statement.p50Ms();
    }

    public boolean throughputMet() {
        return throughputRatio() >= 0.8;
    }

    public boolean p50Met() {
        return p50Ratio() <= 1.3;
    }

    /** Whether the p95 target of the case is met; null when the case has none at this scale. */
    public Boolean p95Met(int scale) {
        Double limit = benchCase.target().p95LimitMs(scale);
        return limit == null ? null : graphQl.p95Ms() < limit;
    }
}
