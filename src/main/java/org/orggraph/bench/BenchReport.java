package org.orggraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown of a run, and its place in {@code docs/benchmarks.md}: the section between {@value #START} and
 * {@value #END} holds one block per scale; a run replaces the block of its scale and keeps the others.
 *
 * @param date        the day of the run
 * @param machine     where it ran
 * @param scale       the Heshan scale
 * @param clients     concurrent clients of each side
 * @param seconds     seconds each side of each query was timed
 * @param keptDataDir whether the run used a data dir of its own ({@code --data-dir}) instead of a throw-away one
 * @param load        the reference data's load, null when the run did not load it
 * @param peakHeap    peak heap in use during the run, in bytes
 * @param maxHeap     the JVM's maximum heap, in bytes
 * @param results     one per query
 */
public record BenchReport(LocalDate date, BenchMachine machine, int scale, int clients, long seconds,
        boolean keptDataDir, org.orggraph.importer.BulkLoader.LoadReport load, long peakHeap, long maxHeap, List<BenchResult> results) {

    static final String START = "<!-- bench -->";
    static final String END = "<!-- /bench -->";
    private static final Pattern BLOCK = Pattern.compile(
            "<!-- bench:scale-(\\d+) -->\\n(.*?)<!-- /bench:scale-\\1 -->\\n", Pattern.DOTALL);

    /** The table with its heading: machine, versions, settings, load and heap, then one row per query. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "### Scale %d, %d clients, %d s per side%n%n", scale, clients, seconds));
        md.append(String.format(Locale.ROOT, "`java -jar target/orggraph.jar bench --scale %d --clients %d --duration %d%s`,"
                        + " %s. Machine: %d cores, %.1f GB memory; Java %s; Neo4j %s; Spring Boot %s (%s).%n%n",
                scale, clients, seconds, keptDataDir ? " --data-dir DIR" : "", date, machine.cores(), machine.memoryBytes() / 1e9, machine.java(),
                machine.neo4j(), machine.springBoot(), machine.spring()));
        if (load != null) {
            md.append(String.format(Locale.ROOT, "Reference data: %,d nodes and %,d relationships loaded in %.1f s,"
                            + " **%,d rows/s**. ", load.nodes(), load.relationships(), load.millis() / 1000.0,
                    load.rowsPerSecond()));
        } else if (keptDataDir) {
            md.append(String.format(Locale.ROOT, "Reference data: the scale-%d graph already in DIR, not loaded by this"
                    + " run (the peak heap below is the queries' only). ", scale));
        }
        md.append(String.format(Locale.ROOT, "Peak heap in use (app and benchmark in one JVM): **%d MB** of %d MB.%n%n",
                peakHeap >> 20, maxHeap >> 20));
        md.append("| query | GraphQL req/s | statement req/s | **throughput ratio** | GraphQL p50 / p95 / p99 ms"
                + " | statement p50 / p95 / p99 ms | **p50 ratio** | statements | targets |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        for (BenchResult result : results) {
            md.append(row(result)).append('\n');
        }
        return md.toString();
    }

    String row(BenchResult result) {
        String name = "`" + result.benchCase().name() + "`";
        String statements = result.statements() < 0 ? "?" : Integer.toString(result.statements());
        if (result.timed() && (result.graphQl().requests() == 0 || result.statement().requests() == 0)) {
            return "| " + name + " | — | — | — | — | — | — | " + statements + " | no request answered in the window ("
                    + result.graphQl().failures() + " GraphQL and " + result.statement().failures()
                    + " statement requests failed) |";
        }
        if (!result.timed()) {
            String why = result.mismatch().startsWith(BenchRunner.GRAPHQL_ERRORS) ? "GraphQL failed, not timed: "
                    : "answers differ, not timed: ";
            return "| " + name + " | — | — | — | — | — | — | " + statements + " | " + why
                    + shortened(result.mismatch()).replace("|", "\\|").replace("\n", " ") + " |";
        }
        Latencies g = result.graphQl();
        Latencies s = result.statement();
        return String.format(Locale.ROOT, "| %s | %.0f | %.0f | **%.2f** | %s | %s | **%.2f** | %s | %s |", name,
                g.perSecond(), s.perSecond(), result.throughputRatio(), percentiles(g), percentiles(s),
                result.p50Ratio(), statements, targets(result));
    }

    /** At most 300 characters: a GraphQL error list repeats itself for every item of a list. */
    private static String shortened(String text) {
        return text.length() <= 300 ? text : text.substring(0, 297) + "…";
    }

    private static String percentiles(Latencies latencies) {
        String text = String.format(Locale.ROOT, "%.1f / %.1f / %.1f", latencies.p50Ms(), latencies.p95Ms(),
                latencies.p99Ms());
        return latencies.failures() == 0 ? text : text + " (" + latencies.failures() + " failed)";
    }

    private String targets(BenchResult result) {
        StringBuilder text = new StringBuilder();
        text.append("throughput ≥ 0.8×: ").append(verdict(result.throughputMet()));
        text.append("; p50 ≤ 1.3×: ").append(verdict(result.p50Met()));
        Boolean p95 = result.p95Met(scale);
        if (p95 != null) {
            text.append(String.format(Locale.ROOT, "; p95 < %.0f ms: ", result.benchCase().target().p95LimitMs(scale)))
                    .append(verdict(p95));
        }
        return text.toString();
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }

    /** {@code docs} with this run's block in its section (the section added at the end when it has none). */
    public String into(String docs) {
        // the markers on lines of their own: prose may name them
        int start = lineOf(docs, START, 0);
        int end = start < 0 ? -1 : lineOf(docs, END, start);
        String before;
        String section;
        String after;
        if (start < 0 || end < start) {
            before = docs.endsWith("\n") ? docs + "\n" : docs + "\n\n";
            section = "";
            after = "\n";
        } else {
            before = docs.substring(0, start);
            section = docs.substring(start + START.length(), end);
            after = docs.substring(end + END.length());
        }
        TreeMap<Integer, String> blocks = new TreeMap<>();
        Matcher matcher = BLOCK.matcher(section);
        while (matcher.find()) {
            blocks.put(Integer.parseInt(matcher.group(1)), matcher.group(2));
        }
        blocks.put(scale, markdown());
        StringBuilder text = new StringBuilder(before).append(START).append('\n');
        blocks.forEach((blockScale, block) -> text.append("<!-- bench:scale-").append(blockScale).append(" -->\n")
                .append(block).append("<!-- /bench:scale-").append(blockScale).append(" -->\n"));
        return text.append(END).append(after).toString();
    }

    private static int lineOf(String docs, String marker, int from) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(marker) + "$").matcher(docs);
        return line.find(from) ? line.start() : -1;
    }

    /** Writes this run into the file (created when missing). */
    public void writeInto(Path file) throws IOException {
        String docs = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n";
        Files.writeString(file, into(docs), StandardCharsets.UTF_8);
    }
}
