package org.orggraph.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orggraph.OrgGraphTest;
import org.orggraph.importer.ImportUploads;
import org.orggraph.api.GraphQlTesters;
import org.orggraph.api.GraphQlTesters.TestUser;
import org.orggraph.api.Role;
import org.orggraph.export.ExportController;
import org.orggraph.graph.EmbeddedNeo4jProperties;
import org.orggraph.importer.ImportCommand;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

/**
 * Every import (uploaded or by the command, accepted, rejected or a dry run) and every export is in the audit trail
 * that ADMIN reads: who, from where, what (files and counts, or format and scope) and the ids touched. Only dry runs,
 * rejected files and exports here: the shared Heshan data stays as it is (an applied import's entry, with the ids
 * it wrote, is checked on a database of its own in ImportEngineTest).
 */
@OrgGraphTest
class ImportExportAuditTest {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedNeo4jProperties embedded;

    @TempDir
    Path dir;

    private List<Map<String, Object>> trail() {
        return GraphQlTesters.overHttp(port).document("""
                query { auditTrail(first: 100) { nodes { id at actor action outcome ids origin detail } } }""")
                .execute().path("auditTrail.nodes").entityList(Map.class).get().stream()
                .map(entry -> (Map<String, Object>) entry).toList();
    }

    /**
     * The newest entry of {@code action}. A download's entry is written when the export has ended, which on a busy
     * machine can be after the client had the answer (the async request times out first): waits for it, bounded.
     */
    private Map<String, Object> recorded(String action) throws InterruptedException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (true) {
            List<Map<String, Object>> trail = trail();
            var entry = trail.stream().filter(e -> action.equals(e.get("action"))).findFirst();
            if (entry.isPresent()) {
                return entry.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + action + " in " + trail);
            }
            Thread.sleep(1_000);
        }
    }

    private int upload(String name, String content, boolean dryRun) {
        return ImportUploads.upload(port, name, content, dryRun).onStatus(s -> true, (req, res) -> { })
                .toBodilessEntity().getStatusCode().value();
    }

    @Test
    void anUploadedDryRunIsRecordedWithWhoFromWhereTheFileAndWhatWouldChange() {
        String id = "audit-test:person:" + UUID.randomUUID();

        assertThat(upload("人员.csv", "编号,姓名\n" + id + ",曾小贤\n", true)).isEqualTo(200);

        List<Map<String, Object>> trail = trail();
        Map<String, Object> entry = trail.stream().filter(e -> "import".equals(e.get("action"))
                && "dry run".equals(e.get("outcome"))).findFirst()
                .orElseThrow(() -> new AssertionError("no dry run in " + trail));
        assertThat(entry).containsEntry("actor", TestUser.of(Role.EDITOR).username()).containsEntry("ids", List.of());
        assertThat((String) entry.get("origin")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat((String) entry.get("detail")).contains("files: 人员.csv", "rows read: 1", "Person +1 ~0 =0");
    }

    @Test
    void aRejectedUploadIsRecordedWithTheReasons() {
        String marker = UUID.randomUUID().toString();

        assertThat(upload("Person.csv", "id,name,birthYear\naudit-test:" + marker + ",李四,old\n", false)).isEqualTo(422);

        List<Map<String, Object>> trail = trail();
        assertThat(trail).anySatisfy(e -> {
            assertThat(e).containsEntry("action", "import").containsEntry("ids", List.of())
                    .containsEntry("actor", TestUser.of(Role.EDITOR).username());
            assertThat((String) e.get("outcome")).isEqualTo("rejected: 1 rows, 1 errors (import.cell.integer)");
            assertThat((String) e.get("detail")).contains("files: Person.csv", "rows read: 1");
        });
    }

    @Test
    void theImportCommandIsRecordedAsTheUserOnTheCommandLine() throws Exception {
        String name = "改名单位-" + UUID.randomUUID().toString().substring(0, 8);
        Path file = Files.writeString(dir.resolve("Unit.csv"), "id,name,kind\nunit:0001," + name + ",AGENCY\n");

        int status = new ImportCommand(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(file.toString(),
                "--dry-run", "--orggraph.embedded.data-dir=" + embedded.dataDir(),
                "--orggraph.embedded.password=" + embedded.password());

        assertThat(status).isZero();
        assertThat(trail()).anySatisfy(entry -> {
            assertThat(entry).containsEntry("action", "import").containsEntry("outcome", "dry run")
                    .containsEntry("actor", System.getProperty("user.name")).containsEntry("origin", Actor.COMMAND_LINE);
            assertThat((String) entry.get("detail")).contains("files: Unit.csv", "Unit +0 ~1 =0");
        });
    }

    @Test
    void aDownloadedExportIsRecordedWithItsFormatScopeAndRows() throws InterruptedException {
        byte[] zip = RestClient.create("http://localhost:" + port).get()
                .uri(ExportController.PATH + "?format=json&alliance=alliance:01")
                .header("Authorization", TestUser.TEST_ADMIN.basic()).retrieve().body(byte[].class);

        assertThat(zip).isNotEmpty();
        Map<String, Object> entry = recorded("export");
        assertThat(entry).containsEntry("actor", TestUser.TEST_ADMIN.username()).containsEntry("outcome", "done")
                .containsEntry("ids", List.of("alliance:01"));
        assertThat((String) entry.get("detail")).startsWith("format json, alliance alliance:01; rows: ")
                .containsPattern("Alliance \\d+");
    }
}
