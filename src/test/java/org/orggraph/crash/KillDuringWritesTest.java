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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The app's JVM is killed ({@code kill -9}) while an import of {@value #IMPORTED} people is in its transaction (its
 * first slice of rows written, as its progress line in the log says, the commit still to come) and clients are
 * creating people over HTTP; the app restarts on the same data dir. Every write that was acknowledged (HTTP 200, no
 * errors, the id returned) is there with its change event, and nothing of the import is: an import is whole or absent
 * (ImportEngineTest shows an import whole when it commits).
 */
class KillDuringWritesTest {

    /**
     * Six slices of the loader's 10,000 rows: the kill comes after the first, five more are sent before the commit.
     * Rows of about 26 bytes, 1.6 MB: the app runs here with a multipart limit above Spring Boot's 1 MB default.
     */
    static final int IMPORTED = 60_000;
    static final int CLIENTS = 6;
    private static final String NEO4J_PASSWORD = "crash-neo4j-password-1";
    private static final String ADMIN_PASSWORD = "crash-admin-password-1";
    private static final String CREATE = """
            mutation($input: CreatePersonInput!) {
              createPerson(input: $input) { person { id } changeEvent { id } errors { code } }
            }""";
    /**
     * The import's progress in the app's log (importer/LoggedProgress): at least one slice of people sent (10,000 rows
     * or more; its change event, one row, goes first), the commit still to come.
     */
    private static final Pattern IMPORT_WRITING = Pattern.compile("Import of \\S+: [1-9][0-9]{4,} of [0-9]+ rows"
            + " written, not committed yet");
    private static final String IMPORT_ENDED = "its transaction ended";

    @TempDir
    Path dir;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyAcknowledgedWriteSurvivesAKillAndTheImportIsWholeOrAbsent() throws Exception {
        int port = freePort();
        Path data = dir.resolve("data");
        Path firstLog = dir.resolve("first.log");
        Process app = start(port, data, "first.log");
        List<String[]> acknowledged = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<String> upload;
        String seenWriting;
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
        try {
            awaitReady(app, port, firstLog);
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.submit(() -> createPeople(port, client, acknowledged));
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (acknowledged.size() < 2 * CLIENTS) {
                assertThat(System.nanoTime()).as("people created within 5 minutes").isLessThan(deadline);
                Thread.sleep(20);
            }
            upload = CompletableFuture.supplyAsync(() -> importPeople(port), clients);
            seenWriting = awaitImportWriting(firstLog, upload);
        } finally {
            // SIGKILL: no shutdown hook, no flush, no commit of what is in flight.
            app.destroyForcibly();
            assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
            clients.shutdownNow();
            clients.awaitTermination(30, TimeUnit.SECONDS);
        }
        List<String[]> writes = List.copyOf(acknowledged);
        String killedLog = Files.readString(firstLog);
        System.out.printf("Killed with %d people created and acknowledged, the import at \"%s\"%n", writes.size(),
                seenWriting);
        assertThat(upload.getNow(null)).as("the import's answer: the kill came before it").isNull();
        assertThat(killedLog).as("the import's transaction had not ended").doesNotContain(IMPORT_ENDED);

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
                // Killed in the middle of its transaction, the import is absent: not one of its rows, nor its event.
                assertThat(count(bolt, "MATCH (p:Person) WHERE p.id STARTS WITH 'ci:' RETURN count(p)", List.of()))
                        .as("people of the import").isZero();
                assertThat(count(bolt, "MATCH (e:ChangeEvent {type: 'IMPORTED'}) RETURN count(e)", List.of()))
                        .as("the import's change event").isZero();
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
        // C1 only and no warm-up: a JVM that lives two minutes spends more on C2 and on planning the dashboard and
        // links statements (a third of its start's CPU) than it gains; this test needs neither.
        List<String> args = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classPath(),
                OrgGraphApplication.class.getName(), "--server.port=" + port, "--orggraph.embedded.data-dir=" + data,
                "--orggraph.embedded.bolt-port=0", "--orggraph.embedded.password=" + NEO4J_PASSWORD,
                "--orggraph.embedded.page-cache=64m", "--orggraph.sample-data=none",
                "--orggraph.warm-up.enabled=false",
                "--logging.level.orggraph.requests=warn", "--spring.servlet.multipart.max-file-size=8MB",
                "--spring.servlet.multipart.max-request-size=8MB");
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

    /**
     * Waits for the import's first progress line in the app's log: its first slice is in its transaction, the other
     * slices are still to be sent before the commit.
     */
    private static String awaitImportWriting(Path log, CompletableFuture<String> upload) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline && !upload.isDone()) {
            Matcher writing = IMPORT_WRITING.matcher(Files.readString(log));
            if (writing.find()) {
                return writing.group();
            }
            Thread.sleep(5);
        }
        throw new AssertionError(upload.isDone() ? "the import answered before it was seen writing: " + upload.get()
                : "the import was not seen writing within 5 minutes");
    }

    /** The import of {@value #IMPORTED} new people: its answer, null if there was none (the app was killed). */
    private static String importPeople(int port) {
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
                    .body(parts).exchange((request, response) -> response.getStatusCode().value() + " "
                            + new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
        } catch (RuntimeException killed) {
            return null;
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
