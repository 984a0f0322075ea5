package org.orggraph.bench;

import java.util.Arrays;

/**
 * What one side of a case measured: requests per second over the timed window and the latency percentiles.
 *
 * @param requests      requests answered in the window
 * @param failures      requests that failed (not counted in the latencies)
 * @param perSecond     throughput of all clients together
 * @param p50Ms         median latency in milliseconds
 * @param p95Ms         95th percentile
 * @param p99Ms         99th percentile
 */
public record Latencies(long requests, long failures, double perSecond, double p50Ms, double p95Ms, double p99Ms) {

    /** From the latencies in nanoseconds of all clients, measured over {@code windowNanos}. */
    static Latencies of(long[] nanos, long failures, long windowNanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double seconds = windowNanos / 1e9;
        return new Latencies(sorted.length, failures, seconds > 0 ? sorted.length / seconds : 0,
                percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
