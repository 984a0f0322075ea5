package org.orggraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.orggraph.GraphChecksum;
import org.orggraph.analytics.CypherScript;
import org.orggraph.api.CypherFiles;
import org.orggraph.importer.ImportEngine;
import org.orggraph.importer.ImportFiles;
import org.orggraph.importer.ImportFormat;
import org.orggraph.importer.ImportProgress;
import org.orggraph.importer.ImportReport;
import org.orggraph.importer.SourceFile;
import org.orggraph.importer.ThrowAwayDatabase;

/**
 * Export, then import into an empty database, gives the same graph: the same nodes, relationships and every property
 * (a checksum over all of them), for each table format; the cypher script, run in an empty database, too.
 */
class ExportRoundTripTest {

    @TempDir
    static Path dir;

    static ThrowAwayDatabase db;
    static Driver driver;
    static ImportEngine engine;
    static Exporter exporter;

    @BeforeAll
    static void start() throws Exception {
        db = ThrowAwayDatabase.start(dir.resolve("db"));
        driver = db.driver();
        engine = db.importEngine();
        exporter = new Exporter(driver, new ImportFormat(), new CypherFiles());
        importTheSamplesAndExportThemInEveryFormat();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    static void clear() {
        db.clear();
    }

    static List<SourceFile> files(Path folder) {
        return ImportFiles.in(folder);
    }

    /**
     * Counts and a SHA-256 over every node and relationship but the one with id {@code leaveOut} (and its own) and the
     * audit entries (each side records its own imports and exports: not part of what is exported).
     */
    static String checksum(String leaveOut) {
        return GraphChecksum.of(driver, "n.id = $out OR n:AuditEntry", Map.of("out", leaveOut));
    }

    /** The same but for the link projection (LINKED): derived from the evidence, OrgGraph computes it at its start. */
    static String checksumOfTheEvidence() {
        return GraphChecksum.of(driver, "n:AuditEntry", "type(r) = 'LINKED'", Map.of());
    }

    /**
     * The samples are imported once and exported in every format before the first test: each test then empties the
     * database and imports one export (an import of the samples costs as much as the test itself).
     */
    static String original;
    static String originalEvidence;
    static Exporter.Summary allianceSummary;

    static void importTheSamplesAndExportThemInEveryFormat() throws Exception {
        clear();
        ImportReport report = engine.run(files(Path.of("samples")), false, ImportProgress.NONE);
        assertThat(report.errors()).isEmpty();
        original = checksum("");
        originalEvidence = checksumOfTheEvidence();
        for (ExportFormat format : ExportFormat.values()) {
            exporter.export(format, null, Exporter.Sink.folder(export(format)));
        }
        allianceSummary = exporter.export(ExportFormat.CSV, "qw:alliance:1", Exporter.Sink.folder(allianceExport()));
    }

    static Path export(ExportFormat format) {
        return dir.resolve("export-" + format);
    }

    static Path allianceExport() {
        return dir.resolve("export-alliance");
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"CSV", "JSON", "XLSX"})
    void anExportImportsBackIntoAnEmptyDatabaseAsTheSameGraph(ExportFormat format) throws Exception {
        clear();
        ImportReport report = engine.run(files(export(format)), false, ImportProgress.NONE);

        assertThat(report.errors()).isEmpty();
        // everything but the change event of this second import
        assertThat(checksum(report.changeEventId())).isEqualTo(original);
    }

    @Test
    void theCypherScriptRunInAnEmptyDatabaseBuildsTheSameGraph() throws Exception {
        clear();
        Path script = export(ExportFormat.CYPHER).resolve("orggraph-export.cypher");
        for (String statement : CypherScript.statements(Files.readString(script))) {
            driver.executableQuery(statement).execute();
        }

        // the script leaves the link projection out: a Neo4j without OrgGraph has no use for it
        assertThat(checksumOfTheEvidence()).isEqualTo(originalEvidence);
    }

    @Test
    void anAlliancesExportHoldsItsMembersAndImportsBackWithoutErrors() throws Exception {
        assertThat(allianceSummary.rows()).containsEntry("Alliance", 1).containsEntry("Unit", 10)
                .containsEntry("Community", 4).containsEntry("IN_ALLIANCE", 15);
        clear();
        assertThat(engine.run(files(allianceExport()), false, ImportProgress.NONE).errors()).isEmpty();
    }
}
