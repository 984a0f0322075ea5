package org.orggraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.orggraph.OrgGraphApplication;
import org.orggraph.api.GraphQlTesters;
import org.orggraph.api.Role;
import org.orggraph.live.FeedCursor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import reactor.core.publisher.Flux;

/**
 * The deployment of the README: {@code neo4j-server} runs the database in a JVM of its own, and two stateless app
 * instances ({@code orggraph.embedded.enabled=false}) serve the API from it. What one instance writes, the other
 * reads, and a change committed through one reaches the live subscribers of the other. The community is a Cypher
 * write through instance A's driver; the reads
 * are GraphQL through B and A, which run in read transactions with the driver's default bookmark manager (on one
 * server every read sees every committed write; in a cluster the bookmarks carry it to the secondaries).
 */
class StandaloneDatabaseTest {

    private static final String PASSWORD = "standalone-secret-7";
    private static final Pattern LISTENS = Pattern.compile("Neo4j listens on (bolt://\\S+)");
    private static final String COMMUNITIES = """
            query($name: String) { communities(filter: {nameContains: $name}) { totalCount nodes { id name } } }""";

    @TempDir
    static Path dir;

    static Process server;
    static String boltUri;
    static ConfigurableApplicationContext instanceA;
    static ConfigurableApplicationContext instanceB;

    @BeforeAll
    static void startTheDatabaseAndTwoInstances() throws IOException, InterruptedException {
        Path log = dir.resolve("neo4j-server.log");
        server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), OrgGraphApplication.class.getName(),
                "neo4j-server", "--data-dir", dir.resolve("graph").toString(), "--bolt-port", "0",
                "--orggraph.embedded.password=" + PASSWORD, "--orggraph.embedded.page-cache=64m")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boltUri = awaitListening(log);
        // One after the other: the first applies the schema migrations; the second finds them applied.
        instanceA = instance();
        instanceB = instance();
    }

    @AfterAll
    static void stopEverything() throws InterruptedException {
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {instanceA, instanceB}) {
            if (instance != null) {
                instance.close();
            }
        }
        if (server != null) {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void aCommunityWrittenThroughOneInstanceIsReadThroughTheOther() {
        HttpGraphQlTester a = GraphQlTesters.overHttp(port(instanceA));
        HttpGraphQlTester b = GraphQlTesters.overHttp(port(instanceB));
        b.document(COMMUNITIES).variable("name", "双实例").execute().path("communities.totalCount").entity(Integer.class)
                .isEqualTo(0);

        instanceA.getBean(Driver.class).executableQuery(
                        "CREATE (:Community {id: 'community:two-instances', name: '双实例社区', pinyin: 'shuangshilishequ',"
                                + " initials: 'ssssq'})")
                .withConfig(QueryConfig.builder().withRouting(RoutingControl.WRITE).build()).execute();

        for (HttpGraphQlTester instance : List.of(b, a)) {
            for (String filter : List.of("双实例", "shuangshi", "SSS")) {
                instance.document(COMMUNITIES).variable("name", filter).execute()
                        .path("communities.nodes[*].id").entityList(String.class)
                        .containsExactly("community:two-instances");
            }
        }
        b.document("{ node(id: \"community:two-instances\") { ... on Community { name } } }").execute()
                .path("node.name").entity(String.class).isEqualTo("双实例社区");
    }

    /**
     * The live feed follows the history in the database: a person created through instance A reaches a subscriber
     * of instance B (whose own poller numbers and reads the change A committed).
     */
    @Test
    void aChangeMadeThroughOneInstanceReachesASubscriberOfTheOther() {
        WebSocketGraphQlTester b = GraphQlTesters.overWebSocket(port(instanceB), Role.VIEWER);
        try {
            Flux<String> subjects = b.document("""
                            subscription($after: String) { changes(after: $after) { change { type changed { id } } } }""")
                    .variable("after", FeedCursor.of(0)).executeSubscription()
                    .toFlux("changes.change.changed[0].id", String.class);
            String person = GraphQlTesters.as(port(instanceA), Role.EDITOR)
                    .document("mutation { createPerson(input: {name: \"双实例订阅\"}) { person { id } } }").execute()
                    .path("createPerson.person.id").entity(String.class).get();
            assertThat(subjects.blockFirst(Duration.ofSeconds(60))).isEqualTo(person);
        } finally {
            b.stop().block(Duration.ofSeconds(10));
        }
    }

    @Test
    void bothInstancesFindTheSchemaTheFirstOneApplied() {
        String version = instanceA.getBean(SchemaMigrations.class).applied().orElseThrow().value();
        assertThat(version).isNotEqualTo("none");
        assertThat(instanceB.getBean(SchemaMigrations.class).applied().orElseThrow().value()).isEqualTo(version);
        assertThat(instanceA.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
        assertThat(instanceB.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
        long applied = instanceB.getBean(Driver.class)
                .executableQuery("MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' RETURN count(m) AS n")
                .execute().records().get(0).get("n").asLong();
        assertThat(applied).as("each migration applied once").isEqualTo(Long.parseLong(version));
    }

    private static ConfigurableApplicationContext instance() {
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(OrgGraphApplication.class).run(
                "--server.port=0",
                "--spring.profiles.active=test",
                "--orggraph.embedded.enabled=false",
                "--orggraph.sample-data=none",
                // ready without planning the links and dashboard statements: no test here reads them
                "--orggraph.warm-up.enabled=false",
                "--spring.neo4j.uri=" + boltUri.replace("bolt://", "neo4j://"),
                "--spring.neo4j.authentication.username=neo4j",
                "--spring.neo4j.authentication.password=" + PASSWORD);
        awaitReady(GraphQlTesters.overHttp(port(instance)));
        return instance;
    }

    private static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    /** The Bolt address that {@code neo4j-server} prints once Neo4j is up. */
    private static String awaitListening(Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            String output = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            Matcher listens = LISTENS.matcher(output);
            if (listens.find()) {
                return listens.group(1);
            }
            if (!server.isAlive()) {
                throw new AssertionError("neo4j-server ended with status " + server.exitValue() + ":\n" + output);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("neo4j-server did not start within 5 minutes:\n" + Files.readString(log));
    }

    /** An instance answers GraphQL once its start-up is complete (migrations included). */
    private static void awaitReady(HttpGraphQlTester instance) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            try {
                instance.document("{ communities(first: 1) { totalCount } }").execute().errors().verify();
                return;
            } catch (RuntimeException | AssertionError notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
