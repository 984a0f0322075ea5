package org.orggraph.loadtest;

import java.io.PrintStream;
import java.util.Locale;

/** The report of a load: a table of the kinds of request, then the totals, errors and lost writes. */
final class LoadReport {

    private LoadReport() {
    }

    static void print(LoadRun.Result result, PrintStream out) {
        out.printf("%-16s %9s %7s %10s %10s %10s%n", "operation", "requests", "errors", "p50 ms", "p95 ms", "p99 ms");
        int requests = 0;
        for (Latencies.Summary s : result.operations()) {
            requests += s.requests();
            out.printf(Locale.ROOT, "%-16s %9d %7d %10.1f %10.1f %10.1f%n", s.kind().name().toLowerCase(Locale.ROOT),
                    s.requests(), s.errors(), s.p50(), s.p95(), s.p99());
        }
        double seconds = result.elapsed().toMillis() / 1000.0;
        out.printf(Locale.ROOT, "requests: %d in %.1f s of load (%.1f per second, the read-back after it included)%n",
                requests, seconds, requests / seconds);
        out.printf("acknowledged writes: %d (%d people created, %d transfers)%n", result.created() + result.transfers(),
                result.created(), result.transfers());
        out.printf("errors: %d%n", result.errors());
        out.printf("lost writes: %d%n", result.lost());
    }
}
