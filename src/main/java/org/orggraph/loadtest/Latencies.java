package org.orggraph.loadtest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The latency of every request by operation kind, and its failures; shared by the clients. */
final class Latencies {

    private final Map<OperationKind, List<Long>> micros = new EnumMap<>(OperationKind.class);
    private final Map<OperationKind, Integer> errors = new EnumMap<>(OperationKind.class);
    private final List<String> messages = Collections.synchronizedList(new ArrayList<>());

    Latencies() {
        for (OperationKind kind : OperationKind.values()) {
            micros.put(kind, Collections.synchronizedList(new ArrayList<>()));
            errors.put(kind, 0);
        }
    }

    void answered(OperationKind kind, long nanos) {
        micros.get(kind).add(nanos / 1000);
    }

    synchronized void failed(OperationKind kind, long nanos, String message) {
        micros.get(kind).add(nanos / 1000);
        errors.merge(kind, 1, Integer::sum);
        if (messages.size() < 20) {
            messages.add(kind + ": " + message);
        }
    }

    /** A request answered, but its mutation rejected: an error, its latency already counted. */
    synchronized void rejected(OperationKind kind, String message) {
        errors.merge(kind, 1, Integer::sum);
        if (messages.size() < 20) {
            messages.add(kind + ": " + message);
        }
    }

    /** The requests of one kind: how many, how many failed, and the percentiles in milliseconds. */
    record Summary(OperationKind kind, int requests, int errors, double p50, double p95, double p99) {
    }

    synchronized Summary summary(OperationKind kind) {
        List<Long> sorted;
        synchronized (micros.get(kind)) {
            sorted = new ArrayList<>(micros.get(kind));
        }
        Collections.sort(sorted);
        return new Summary(kind, sorted.size(), errors.get(kind), percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99));
    }

    synchronized int errors() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    List<String> messages() {
        synchronized (messages) {
            return List.copyOf(messages);
        }
    }

    /** The nearest-rank percentile, in milliseconds; 0 without requests. */
    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1000.0;
    }
}
