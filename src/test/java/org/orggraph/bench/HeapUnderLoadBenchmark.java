package org.orggraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app in its own JVM with {@code -Xmx1g} (the README's advice for scale 1): a first start on a fresh data dir,
 * then clients sending the cookbook's ten queries over and over, while the heap in use is sampled from
 * {@code /actuator/prometheus}. Prints the peak heap during the start and under load, the process's peak resident
 * memory and the requests' latencies; fails only if a request fails or the app dies (not on any speed).
 * {@code ./mvnw -B test -Pbench -Dtest=HeapUnderLoadBenchmark [-Dbench.heap=1g] [-Dbench.scale=1]
 * [-Dbench.clients=4] [-Dbench.rounds=20] [-Dbench.jar=target/orggraph.jar]}; without {@code bench.jar} it runs the
 * compiled classes (the same code as the jar).
 */
@Tag("bench")
class HeapUnderLoadBenchmark {

    private static final Pattern HEAP = Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\} (\\S+)$");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theAppServesTheCookbookUnderLoadWithinTheAdvisedHeap() throws Exception {
        String heap = System.getProperty("bench.heap", "1g");
        int scale = Integer.getInteger("bench.scale", 1);
        int clients = Integer.getInteger("bench.clients", 4);
        int rounds = Integer.getInteger("bench.rounds", 20);
        Path dir = Files.createTempDirectory("orggraph-heap-bench");
        int port = freePort();
        Process app = start(dir, heap, scale, port);
        AtomicLong peak = new AtomicLong();
        try {
            long started = System.nanoTime();
            Sampler startSampler = new Sampler(port, peak);
            startSampler.start();
            awaitReady(app, port);
            startSampler.stop();
            long startPeak = peak.getAndSet(0);
            System.out.printf("%nReady after %d s; peak heap in use during the start: %d MB%n",
                    (System.nanoTime() - started) / 1_000_000_000, startPeak >> 20);

            List<String> queries = cookbook();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger failures = new AtomicInteger();
            List<String> failed = Collections.synchronizedList(new ArrayList<>());
            Sampler loadSampler = new Sampler(port, peak);
            loadSampler.start();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c;
                futures.add(pool.submit(() -> {
                    for (int r = 0; r < rounds; r++) {
                        for (int q = 0; q < queries.size(); q++) {
                            String query = queries.get((q + offset) % queries.size());
                            long t = System.nanoTime();
                            String failure = graphQl(port, query);
                            if (failure != null) {
                                failures.incrementAndGet();
                                failed.add(failure);
                            }
                            latencies.add((System.nanoTime() - t) / 1_000_000);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            pool.shutdown();
            loadSampler.stop();
            List<Long> sorted = latencies.stream().sorted().toList();
            System.out.printf("Load: %d clients x %d rounds x %d cookbook queries = %d requests, %d failed;"
                            + " latency p50 %d ms, p95 %d ms, max %d ms%n", clients, rounds, queries.size(), sorted.size(),
                    failures.get(), sorted.get(sorted.size() / 2), sorted.get(sorted.size() * 95 / 100),
                    sorted.get(sorted.size() - 1));
            System.out.printf("-Xmx%s, scale %d: peak heap in use under load %d MB; process peak resident memory %s%n%n",
                    heap, scale, peak.get() >> 20, peakResident(app));
            failed.stream().distinct().limit(5).forEach(f -> System.out.println("failed: " + f));
            assertThat(failures.get()).isZero();
            assertThat(app.isAlive()).isTrue();
        } finally {
            app.destroy();
            if (!app.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    private Process start(Path dir, String heap, int scale, int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> args = new ArrayList<>(List.of("-Xmx" + heap));
        String jar = System.getProperty("bench.jar");
        if (jar != null) {
            args.addAll(List.of("-jar", Path.of(jar).toAbsolutePath().toString()));
        } else {
            args.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.orggraph.OrgGraphApplication"));
        }
        args.addAll(List.of("--server.port=" + port, "--orggraph.embedded.bolt-port=0",
                "--orggraph.embedded.data-dir=" + dir.resolve("data"), "--orggraph.embedded.password=bench-password-1",
                "--orggraph.sample-scale=" + scale, "--logging.level.orggraph.requests=warn"));
        // An argument file: the test class path is longer than one command-line argument may be.
        Path argFile = dir.resolve("java-args");
        Files.write(argFile, args.stream().map(a -> "\"" + a.replace("\\", "\\\\") + "\"").toList(),
                StandardCharsets.UTF_8);
        return new ProcessBuilder(java, "@" + argFile).redirectErrorStream(true)
                .redirectOutput(dir.resolve("app.log").toFile()).start();
    }

    private void awaitReady(Process app, int port) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive()).as("the app is running").isTrue();
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // The port opens in the first seconds.
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("not ready after 20 minutes");
    }

    /** {@code null} when the query answered without errors, else what went wrong (status and body, shortened). */
    private String graphQl(int port, String query) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/graphql")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", query)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean ok = response.statusCode() == 200 && !json.readValue(response.body(), Map.class).containsKey("errors");
            String body = response.body();
            return ok ? null : response.statusCode() + " " + body.substring(0, Math.min(300, body.length()));
        } catch (IOException | InterruptedException e) {
            return e.toString();
        }
    }

    private static List<String> cookbook() throws IOException {
        List<String> queries = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:graphql/examples/*.graphql")) {
            queries.add(resource.getContentAsString(StandardCharsets.UTF_8));
        }
        assertThat(queries).hasSize(10);
        return queries;
    }

    private static String peakResident(Process app) {
        try {
            return Files.readAllLines(Path.of("/proc/" + app.pid() + "/status")).stream()
                    .filter(l -> l.startsWith("VmHWM:")).map(l -> l.substring(6).trim()).findFirst().orElse("?");
        } catch (IOException e) {
            return "? (no /proc)";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Samples the heap in use (all heap pools) every 250 ms, keeping the peak. */
    private final class Sampler {
        private final int port;
        private final AtomicLong peak;
        private volatile boolean running = true;
        private final Thread thread;

        Sampler(int port, AtomicLong peak) {
            this.port = port;
            this.peak = peak;
            this.thread = new Thread(this::run, "heap-sampler");
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        private void run() {
            while (running) {
                try {
                    String metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString()).body();
                    long used = 0;
                    Matcher m = HEAP.matcher(metrics);
                    while (m.find()) {
                        used += (long) Double.parseDouble(m.group(1));
                    }
                    long sample = used;
                    peak.accumulateAndGet(sample, Math::max);
                    Thread.sleep(250);
                } catch (IOException | RuntimeException e) {
                    sleepQuietly();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void sleepQuietly() {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }
}
