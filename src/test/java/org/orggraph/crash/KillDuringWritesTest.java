package org.orggraph.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.orggraph.OrgGraphApplication;
import org.orggraph.api.GraphQlTesters;
import org.orggraph.importer.ImportController;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app's JVM is killed ({@code kill -9}) while an import of {@value #IMPORTED} people is in its transaction and
 * clients are creating people over HTTP; the app restarts on the same data dir. Every write that was acknowledged
 * (HTTP 200, no errors, the id returned) is there with its change event, and the import is there whole or not at all.
 */
class KillDuringWritesTest {

    /** Rows of about 25 bytes: the file stays under the 1 MB a multipart file may have (Spring Boot's default). */
    static final int IMPORTED = 30_000;
    static final int CLIENTS = 6;
    private static final String NEO4J_PASSWORD = "crash-neo4j-password-1";
    private static final String ADMIN_PASSWORD = "crash-admin-password-1";
    private static final String CREATE = """
            mutation($input: CreatePersonInput!) {
              createPerson(input: $input) { person { id } changeEvent { id } errors { code } }
            }""";
    /**
     * The import's writing statements (BulkLoader: CREATE for new people, MERGE for known ones, both UNWIND a slice of
     * rows): one seen running, the import is in the middle of its transaction.
     */
    private static final String IMPORT_WRITING = "UNWIND $rows AS row";

    @TempDir
    Path dir;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    @Disabled("Not done (issue 10, part 8): on a quiet machine the 30,000-row import commits before the test"
            + " sees its statement running, so the kill never lands inside the import; the restart check has not run yet")
    void everyAcknowledgedWriteSurvivesAKillAndTheImportIsWholeOrAbsent() throws Exception {
        int port = freePort();
        Path data = dir.resolve("data");
        Process app = start(port, data, "first.log");
        List<String[]> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean importAcknowledged = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
        try {
            awaitReady(app, port, dir.resolve("first.log"));
            CompletableFuture<Void> upload = CompletableFuture.runAsync(() -> {
                if (importPeople(port)) {
                    importAcknowledged.set(true);
                }
            }, clients);
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.submit(() -> createPeople(port, client, acknowledged));
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (acknowledged.size() < 2 * CLIENTS) {
                assertThat(System.nanoTime()).as("people created within 5 minutes").isLessThan(deadline);
                Thread.sleep(20);
            }
            try (Driver bolt = bolt(data)) {
                awaitImportWriting(bolt, upload);
            }
        } finally {
            app.destroyForcibly();
            assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
            clients.shutdownNow();
            clients.awaitTermination(30, TimeUnit.SECONDS);
        }
        List<String[]> writes = List.copyOf(acknowledged);
        System.out.printf("Killed with %d people created and acknowledged; the import %s%n", writes.size(),
                importAcknowledged.get() ? "acknowledged" : "not answered");

        Process again = start(port, data, "second.log");
        try {
            awaitReady(again, port, dir.resolve("second.log"));
            try (Driver bolt = bolt(data)) {
                List<String> ids = writes.stream().map(w -> w[0]).toList();
                List<String> events = writes.stream().map(w -> w[1]).toList();
                assertThat(count(bolt, "MATCH (p:Person) WHERE p.id IN $ids RETURN count(p)", ids))
                        .as("acknowledged people").isEqualTo(ids.size());
                assertThat(count(bolt, "MATCH (e:ChangeEvent) WHERE e.id IN $ids RETURN count(e)", events))
                        .as("their change events").isEqualTo(events.size());
                long imported = count(bolt, "MATCH (p:Person) WHERE p.id STARTS WITH 'ci:' RETURN count(p)",
                        List.of());
                assertThat(imported).as("people of the import").isIn(0L, (long) IMPORTED);
                if (importAcknowledged.get()) {
                    assertThat(imported).isEqualTo(IMPORTED);
                }
                assertThat(count(bolt, "MATCH (e:ChangeEvent {type: 'IMPORTED'}) RETURN count(e)", List.of()))
                        .as("the import's change event").isEqualTo(imported == 0 ? 0 : 1);
            }
        } finally {
            again.destroy();
            if (!again.waitFor(60, TimeUnit.SECONDS)) {
                again.destroyForcibly();
            }
        }
    }

    /** The app in a JVM of its own, on an empty data dir the first time (no reference data). */
    private Process start(int port, Path data, String log) throws IOException {
        List<String> args = List.of("-Xmx512m", "-cp", classPath(),
                OrgGraphApplication.class.getName(), "--server.port=" + port, "--orggraph.embedded.data-dir=" + data,
                "--orggraph.embedded.bolt-port=0", "--orggraph.embedded.password=" + NEO4J_PASSWORD,
                "--orggraph.embedded.page-cache=64m", "--orggraph.sample-data=none",
                "--logging.level.orggraph.requests=warn");
        // An argument file: the test class path is longer than one command-line argument may be.
        Path argFile = dir.resolve("java-args");
        Files.write(argFile, args.stream().map(a -> "\"" + a.replace("\\", "\\\\") + "\"").toList(),
                StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + argFile).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(log).toFile());
        builder.environment().put("ORGGRAPH_ADMIN_PASSWORD", ADMIN_PASSWORD);
        return builder.start();
    }

    /**
     * The tests' class path without its empty entries: an empty entry is the working directory, where the sources'
     * {@code graphql/} folder would be found beside the compiled one (the SDL twice: "tried to redefine type").
     */
    private static String classPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isBlank()).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private void awaitReady(Process app, int port, Path log) throws Exception {
        RestClient health = RestClient.create("http://127.0.0.1:" + port);
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive()).as("the app is running:\n%s", Files.readString(log)).isTrue();
            try {
                if (health.get().uri("/actuator/health/readiness").retrieve().toBodilessEntity()
                        .getStatusCode().is2xxSuccessful()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // The port opens in the first seconds; readiness comes after the start-up phases.
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready after 30 minutes:\n" + Files.readString(log));
    }

    /** The app's database over Bolt, at the port it wrote into the data dir. */
    private static Driver bolt(Path data) throws IOException {
        String port = Files.readString(data.resolve("bolt-port")).strip();
        return GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.basic("neo4j", NEO4J_PASSWORD));
    }

    /** Waits until the import's writing statement runs (or the import answered first: then it was too quick). */
    private static void awaitImportWriting(Driver bolt, CompletableFuture<Void> upload) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline && !upload.isDone()) {
            boolean writing = bolt.executableQuery("SHOW TRANSACTIONS YIELD currentQuery"
                            + " WHERE currentQuery CONTAINS $writing AND currentQuery CONTAINS '(n:Person'"
                            + " RETURN count(*) AS n")
                    .withParameters(Map.of("writing", IMPORT_WRITING)).execute().records().get(0).get("n").asLong() > 0;
            if (writing) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError(upload.isDone() ? "the import was over (or refused) before it was seen writing"
                : "the import was not seen writing within 5 minutes");
    }

    /** Whether the import of {@value #IMPORTED} new people was answered 200. */
    private static boolean importPeople(int port) {
        StringBuilder csv = new StringBuilder("编号,姓名,党员\n");
        String chars = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉";
        for (int i = 0; i < IMPORTED; i++) {
            csv.append("ci:").append(i).append(",崩").append(chars.charAt(i % 20))
                    .append(chars.charAt(i / 20 % 20)).append(chars.charAt(i / 400 % 20)).append(",否\n");
        }
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("files", new ByteArrayResource(csv.toString().getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "人员.csv";
            }
        });
        try {
            return client(port).post().uri(ImportController.PATH).contentType(MediaType.MULTIPART_FORM_DATA)
                    .body(parts).retrieve().toBodilessEntity().getStatusCode().value() == 200;
        } catch (RuntimeException killed) {
            return false;
        }
    }

    /** Creates people one after the other until the app is gone; keeps the id and change event of each acknowledged. */
    private void createPeople(int port, int client, List<String[]> acknowledged) {
        RestClient graphQl = client(port);
        for (int i = 0; !Thread.currentThread().isInterrupted(); i++) {
            try {
                String answer = graphQl.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("query", CREATE, "variables", Map.of("input", Map.of("name", "崩溃客户" + client
                                + "之" + i)))).retrieve().body(String.class);
                JsonNode payload = json.readTree(answer).path("data").path("createPerson");
                if (!json.readTree(answer).has("errors") && payload.path("errors").isEmpty()) {
                    acknowledged.add(new String[] {payload.path("person").path("id").asString(),
                            payload.path("changeEvent").path("id").asString()});
                }
            } catch (RuntimeException killed) {
                return;
            }
        }
    }

    private static RestClient client(int port) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setReadTimeout(Duration.ofMinutes(5));
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port).requestFactory(requests)
                .defaultHeader("Authorization", GraphQlTesters.basic(GraphQlTesters.ADMIN_ACCOUNT, ADMIN_PASSWORD)).build();
    }

    private static long count(Driver bolt, String cypher, List<String> ids) {
        return bolt.executableQuery(cypher).withParameters(Map.of("ids", ids)).execute().records().get(0).get(0).asLong();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
