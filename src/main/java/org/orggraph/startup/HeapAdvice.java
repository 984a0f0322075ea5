package org.orggraph.startup;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;

/**
 * The heap OrgGraph needs, and a warning at start when the JVM's limit is far from it. A jar cannot set its own
 * {@code -Xmx}: without one the JVM allows a quarter of the machine's memory, and the app (Neo4j's caches, the
 * GraphQL engine, the generated reference data while it loads) grows into whatever it is given, 4.5 GB resident was
 * seen at scale 1. 1 GB is enough at scale 1 ({@code HeapUnderLoadBenchmark}); the reference data load holds the
 * whole generated city in memory: measured 609 MB live at scale 10 and 7.1 GB live at the start of the scale-100
 * load (docs/benchmarks.md, Scale 100), about 70 MB per step of {@code --scale}, so each step is given 96 MB.
 */
final class HeapAdvice {

    private static final long MB = 1024 * 1024;
    private static final long AT_SCALE_1 = 1024 * MB;
    private static final long PER_SCALE_STEP = 96 * MB;

    private HeapAdvice() {
    }

    static long advised(int scale) {
        return AT_SCALE_1 + (Math.max(1, scale) - 1) * PER_SCALE_STEP;
    }

    /**
     * @param maxHeap  {@code Runtime.maxMemory()}
     * @param explicit whether the heap limit was chosen ({@code -Xmx}, {@code -XX:MaxRAMPercentage}, …)
     */
    static Optional<String> warning(long maxHeap, boolean explicit, int scale) {
        long advised = advised(scale);
        String flag = "-Xmx" + (advised % (1024 * MB) == 0 ? advised / (1024 * MB) + "g" : advised / MB + "m");
        if (maxHeap < advised * 3 / 4) {
            return Optional.of("The heap is limited to " + maxHeap / MB + " MB; at scale " + scale + " OrgGraph needs"
                    + " about " + advised / MB + " MB and may run out of memory: start it with java " + flag
                    + " -jar orggraph.jar.");
        }
        if (!explicit && maxHeap > 2 * advised) {
            return Optional.of("No -Xmx was given, so the heap may grow to " + maxHeap / MB + " MB (the JVM's default,"
                    + " a quarter of this machine's memory); at scale " + scale + " about " + advised / MB + " MB is"
                    + " enough: start it with java " + flag + " -jar orggraph.jar (or JDK_JAVA_OPTIONS=" + flag + ").");
        }
        return Optional.empty();
    }

    static boolean explicitHeapLimit() {
        List<String> arguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return arguments.stream().anyMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxHeapSize")
                || a.startsWith("-XX:MaxRAM"));
    }
}
