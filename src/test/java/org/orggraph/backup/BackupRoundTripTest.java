package org.orggraph.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.orggraph.GraphChecksum;
import org.orggraph.audit.AuditTrail;
import org.orggraph.importer.ImportFiles;
import org.orggraph.importer.ImportProgress;
import org.orggraph.importer.ThrowAwayDatabase;

/**
 * {@code backup} then {@code restore} into an empty database gives the same graph: the same counts and a checksum
 * over every node (labels, properties of every type) and relationship (type, ends, properties), the audit trail
 * included; both commands add their entry to the audit trail. A restore refuses a database that is not empty
 * (unless {@code --force}), a broken file (writing nothing) and a store that a running app holds.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupRoundTripTest {

    @TempDir
    static Path dir;

    static ThrowAwayDatabase original;
    static ThrowAwayDatabase copy;
    static String checksum;
    static Path backup;

    @BeforeAll
    static void aGraphWithEveryKindOfValue() throws Exception {
        original = ThrowAwayDatabase.start(dir.resolve("original"));
        copy = ThrowAwayDatabase.start(dir.resolve("copy"));
        assertThat(original.importEngine().run(ImportFiles.in(Path.of("samples")), false,
                ImportProgress.NONE).errors()).isEmpty();
        AuditTrail.writingOnly(original.driver()).record("test", "import", "done", List.of("person:1"));
        // What the import format has no column for: every property type Neo4j stores, a node of two labels.
        original.driver().executableQuery("""
                CREATE (:Probe:Extra {id: 'probe:1', day: date('2021-07-01'), at: datetime('2021-07-01T09:30:15.123+08:00'),
                  zoned: datetime({year: 2021, month: 7, day: 1, timezone: 'Asia/Shanghai'}),
                  local: localdatetime('2021-07-01T09:30'), clock: time('09:30+08:00'), wall: localtime('09:30:01'),
                  span: duration('P1Y2M3DT4H5.000000006S'), place: point({longitude: 112.96, latitude: 22.77}),
                  place3: point({x: 1.5, y: 2.5, z: 3.5}), ratio: 0.25, big: 9007199254740993, yes: true,
                  names: ['鹤山', 'Heshan'], scores: [1.5, 2.0], nan: 0.0 / 0.0, text: '引号 " 与 \\ 反斜杠\n换行'})
                CREATE (:Probe {id: 'probe:2'})-[:PROBED {weight: 0.5, since: date('2020-01-01'), tags: ['a']}]->
                       (:Probe {id: 'probe:3'})
                """).execute();
        checksum = checksum(original.driver(), List.of());
        backup = dir.resolve("graph.backup");
    }

    @AfterAll
    static void stop() {
        copy.close();
        original.close();
    }

    @Test
    @Order(1)
    void aBackupRestoredIntoAnEmptyDatabaseIsTheSameGraph() throws Exception {
        Run backedUp = run("backup", List.of("--out", backup.toString()), remote(original));
        assertThat(backedUp.status).as(backedUp.err).isZero();
        assertThat(backedUp.out).startsWith("backed up ");
        assertThat(Files.getPosixFilePermissions(backup)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(lastAudit(original.driver())).isEqualTo("backup");

        Run restored = run("restore", List.of(backup.toString()), remote(copy));

        assertThat(restored.status).as(restored.err).isZero();
        assertThat(lastAudit(copy.driver())).isEqualTo("restore");
        assertThat(checksum(copy.driver(), List.of("restore"))).isEqualTo(checksum);
    }

    @Test
    @Order(2)
    void aDatabaseThatIsNotEmptyIsReplacedOnlyWithForce() throws Exception {
        String before = checksum(copy.driver(), List.of());

        Run refused = run("restore", List.of(backup.toString()), remote(copy));

        assertThat(refused.status).isEqualTo(1);
        assertThat(refused.err).contains("refused, the database holds").contains("--force");
        assertThat(checksum(copy.driver(), List.of())).isEqualTo(before);

        copy.driver().executableQuery("CREATE (:Probe {id: 'probe:after-restore'})").execute();
        Run forced = run("restore", List.of(backup.toString(), "--force"), remote(copy));

        assertThat(forced.status).as(forced.err).isZero();
        assertThat(forced.out).contains("replacing");
        assertThat(checksum(copy.driver(), List.of("restore"))).isEqualTo(checksum);
    }

    @Test
    @Order(3)
    void aFileCutShortOrNoBackupAtAllWritesNothing() throws Exception {
        byte[] whole = Files.readAllBytes(backup);
        Path cut = dir.resolve("cut.backup");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        Path notABackup = dir.resolve("samples.csv");
        Files.copy(Path.of("samples/City.csv"), notABackup);
        String before = checksum(copy.driver(), List.of());

        for (Path broken : List.of(cut, notABackup)) {
            Run refused = run("restore", List.of(broken.toString(), "--force"), remote(copy));

            assertThat(refused.status).as(broken.toString()).isEqualTo(1);
            assertThat(refused.err).contains("refused, nothing written");
            assertThat(checksum(copy.driver(), List.of())).isEqualTo(before);
        }
    }

    @Test
    @Order(4)
    void aStoreHeldByARunningAppIsNotRestoredInto() throws Exception {
        // This JVM holds the copy's store, as a running OrgGraph holds its data dir.
        Run refused = run("restore", List.of(backup.toString(), "--force"),
                List.of("--orggraph.embedded.data-dir=" + dir.resolve("copy")));

        assertThat(refused.status).isEqualTo(1);
        assertThat(refused.err).contains("the app must be stopped first");
    }

    /** The arguments that point a command at a throw-away database over Bolt. */
    static List<String> remote(ThrowAwayDatabase db) {
        return List.of("--spring.neo4j.uri=" + db.server().boltUri("bolt"), "--orggraph.embedded.enabled=false",
                "--spring.neo4j.authentication.password=" + ThrowAwayDatabase.PASSWORD);
    }

    /** The action of the newest audit entry. */
    static String lastAudit(Driver driver) {
        return driver.executableQuery("MATCH (e:AuditEntry) RETURN e.action AS action ORDER BY e.at DESC LIMIT 1")
                .execute().records().get(0).get("action").asString();
    }

    /** The checksum of the whole graph but the audit entries of these actions. */
    static String checksum(Driver driver, List<String> leaveOutActions) {
        return GraphChecksum.of(driver, "n:AuditEntry AND n.action IN $out", Map.of("out", leaveOutActions));
    }

    record Run(int status, String out, String err) {
    }

    /** Runs {@code backup} or {@code restore} with the arguments, its two streams captured. */
    static Run run(String command, List<String> first, List<String> more) {
        List<String> args = new ArrayList<>(first);
        args.addAll(more);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int status = command.equals(BackupCommand.NAME) ? new BackupCommand(o, e).run(args.toArray(String[]::new))
                : new RestoreCommand(o, e).run(args.toArray(String[]::new));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
