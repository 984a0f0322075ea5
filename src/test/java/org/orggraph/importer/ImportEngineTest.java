package org.orggraph.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import engine against an empty database of its own: good and bad files in each format, samples/ twice. */
class ImportEngineTest {

    @TempDir
    static Path dir;

    static ThrowAwayDatabase db;
    static ImportEngine engine;

    @BeforeAll
    static void start() {
        db = ThrowAwayDatabase.start(dir);
        engine = db.importEngine();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @BeforeEach
    void empty() {
        db.clear();
    }

    static List<SourceFile> samples() {
        return ImportFiles.in(Path.of("samples"));
    }

    static SourceFile csv(String name, String text) {
        return new SourceFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    long nodes() {
        // the audit trail records every import, also those that write nothing else
        return db.count("MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT n:AuditEntry RETURN count(n)");
    }

    @Test
    void theSamplesDryRunReportsWhatWouldBeCreatedAndWritesNothing() throws IOException {
        ImportReport report = engine.run(samples(), true, ImportProgress.NONE);

        assertThat(report.errors()).isEmpty();
        assertThat(report.applied()).isFalse();
        assertThat(report.changes().get("Person")).isEqualTo(new ImportCounts(300, 0, 0));
        assertThat(report.changes().get("Community")).isEqualTo(new ImportCounts(4, 0, 0));
        assertThat(report.summary()).startsWith("Dry run:");
        assertThat(nodes()).isZero();
    }

    @Test
    void theSamplesImportInOneGoAndASecondImportChangesNothing() throws IOException {
        ImportReport first = engine.run(samples(), false, ImportProgress.NONE);

        assertThat(first.errors()).isEmpty();
        assertThat(first.applied()).isTrue();
        assertThat(db.count("MATCH (n:Person) RETURN count(n)")).isEqualTo(300);
        assertThat(db.count("MATCH (n:Member) RETURN count(n)")).isEqualTo(200);
        assertThat(db.count("MATCH (n:Street) RETURN count(n)")).isEqualTo(2);
        assertThat(db.count("MATCH (n:Community) RETURN count(n)")).isEqualTo(4);
        assertThat(db.count("MATCH (n:Unit) RETURN count(n)")).isEqualTo(10);
        assertThat(db.count("MATCH (n:Alliance) RETURN count(n)")).isEqualTo(1);
        assertThat(db.count("MATCH (:Person)-[r:MEMBER_OF]->(:PartyOrganization) RETURN count(r)")).isEqualTo(201);
        assertThat(db.count("MATCH ()-[r:MEMBER_OF {since: date('2005-07-01'), until: date('2012-06-30')}]->()"
                + " RETURN count(r)")).isEqualTo(1);
        // 2019/3/1 in the CSV is a date; 助理 and 网格长 are the role values
        assertThat(db.count("MATCH (:Community)-[r:IN_ALLIANCE {since: date('2019-03-01')}]->() RETURN count(r)"))
                .isEqualTo(4);
        assertThat(db.count("MATCH ()-[r:LEADS_BUILDING {role: 'ASSISTANT'}]->() RETURN count(r)")).isEqualTo(2);
        // every relationship type of the model is in the samples
        assertThat(db.count("MATCH (a)-[r]->() WHERE NOT a:__Neo4jMigration AND NOT r:LINKED"
                + " RETURN count(DISTINCT type(r))"))
                .isEqualTo(org.orggraph.model.RelType.values().length);
        var zeng = db.driver().executableQuery("MATCH (p:Person {id: $id}) RETURN p.name, p.pinyin, p.initials,"
                + " p.gender, p:Member").withParameters(java.util.Map.of("id", SampleCity.ZENG)).execute()
                .records().get(0);
        assertThat(zeng.values().stream().map(v -> v.asObject()).toList())
                .containsExactly("曾小贤", "zengxiaoxian", "zxx", zeng.get(3).asString(), true);
        // the names index (what GraphQL search queries) finds the imported person by pinyin, initials and hanzi
        for (String query : List.of("pinyin:zeng*", "initials:zxx", "name:曾小贤")) {
            long hits = db.driver().executableQuery("CALL db.index.fulltext.queryNodes('names', $q) YIELD node"
                    + " WHERE node.id = $id RETURN count(node)")
                    .withParameters(java.util.Map.of("q", query, "id", SampleCity.ZENG)).execute()
                    .records().get(0).get(0).asLong();
            assertThat(hits).as(query).isEqualTo(1);
        }
        long createdNodes = first.changes().entrySet().stream()
                .filter(e -> org.orggraph.model.NodeLabel.of(e.getKey()) != null)
                .mapToLong(e -> e.getValue().created()).sum();
        assertThat(db.count("MATCH (e:ChangeEvent {type: 'IMPORTED'})-[:CHANGED]->(n) RETURN count(n)"))
                .isEqualTo(createdNodes);

        var audit = db.driver().executableQuery("MATCH (e:AuditEntry {action: 'import'}) RETURN e.outcome AS outcome,"
                + " e.ids AS ids, e.detail AS detail, e.origin AS origin").execute().records();
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).get("outcome").asString()).isEqualTo("applied");
        assertThat(audit.get(0).get("origin").asString()).isEqualTo(org.orggraph.audit.Actor.COMMAND_LINE);
        assertThat(audit.get(0).get("ids").asList(v -> v.asString())).hasSize((int) createdNodes)
                .contains(SampleCity.ZENG);
        assertThat(audit.get(0).get("detail").asString()).contains("Person +300 ~0 =0",
                "nodes changed: " + createdNodes + " (all ids listed)", "change event " + first.changeEventId());

        ImportReport second = engine.run(samples(), false, ImportProgress.NONE);

        assertThat(second.applied()).isFalse();
        assertThat(second.changed()).isZero();
        assertThat(second.unchanged()).isEqualTo(first.changed());
        assertThat(second.summary()).endsWith(String.format(java.util.Locale.ENGLISH,
                "nothing changed (unchanged: %,d).", first.changed()));
        assertThat(db.count("MATCH (e:ChangeEvent {type: 'IMPORTED'}) RETURN count(e)")).isEqualTo(1);
        assertThat(db.count("MATCH (e:AuditEntry {action: 'import', outcome: 'unchanged'}) WHERE e.ids = []"
                + " RETURN count(e)")).isEqualTo(1);
    }

    @Test
    void inProcessAndOverBoltTheSamplesLeaveTheSameGraphAndEachSeesTheOthersImportAsUnchanged() {
        // what an import writes, without its own change event and audit entry (their ids and times differ)
        String leaveOut = "n:ChangeEvent OR n:AuditEntry";
        ImportEngine overBolt = db.importEngineOverBolt();

        ImportReport inProcess = engine.run(samples(), false, ImportProgress.NONE);
        String written = org.orggraph.GraphChecksum.of(db.driver(), leaveOut, java.util.Map.of());
        ImportReport againOverBolt = overBolt.run(samples(), false, ImportProgress.NONE);

        db.clear();
        ImportReport firstOverBolt = overBolt.run(samples(), false, ImportProgress.NONE);
        String writtenOverBolt = org.orggraph.GraphChecksum.of(db.driver(), leaveOut, java.util.Map.of());
        ImportReport againInProcess = engine.run(samples(), false, ImportProgress.NONE);

        assertThat(inProcess.applied()).isTrue();
        assertThat(firstOverBolt.changes()).isEqualTo(inProcess.changes());
        assertThat(writtenOverBolt).isEqualTo(written);
        // the graph's values read in-process compare equal to the file's, as over Bolt: no spurious updates
        assertThat(againOverBolt.changed()).isZero();
        assertThat(againInProcess.changed()).isZero();
        assertThat(againInProcess.unchanged()).isEqualTo(inProcess.changed());
    }

    @Test
    void anImportBiggerThanOneTransactionMayHoldIsRefusedWholeWithItsCodeInProcessAndOverBolt() {
        StringBuilder people = new StringBuilder("id,name\n");
        for (int i = 0; i < 20_000; i++) {
            people.append("t:person:").append(i).append(",曾小贤").append(i).append('\n');
        }
        List<SourceFile> files = List.of(csv("Person.csv", people.toString()));
        var config = ((org.neo4j.kernel.internal.GraphDatabaseAPI) db.server().database()).getDependencyResolver()
                .resolveDependency(org.neo4j.configuration.Config.class);
        var limit = org.neo4j.configuration.GraphDatabaseSettings.memory_transaction_max_size;
        Long before = config.get(limit);
        config.setDynamic(limit, 4L * 1024 * 1024, "ImportEngineTest");
        try {
            for (ImportEngine each : List.of(engine, db.importEngineOverBolt())) {
                ImportReport report = each.run(files, false, ImportProgress.NONE);

                assertThat(report.applied()).isFalse();
                assertThat(report.errors()).extracting(ImportReport.Rejection::code)
                        .containsExactly("import.transaction.memory");
                assertThat(db.count("MATCH (n:Person) RETURN count(n)")).isZero();
            }
        } finally {
            config.setDynamic(limit, before, "ImportEngineTest");
        }
    }

    @Test
    void aChangedCellIsAnUpdateAndAnEmptyCellLeavesTheProperty() {
        engine.run(List.of(csv("Unit.csv", "id,name,kind,employees\nt:unit:1,甲单位,AGENCY,10\n")), false,
                ImportProgress.NONE);

        ImportReport report = engine.run(List.of(csv("Unit.csv", "id,name,kind,employees\nt:unit:1,甲单位,AGENCY,\n"
                + "t:unit:2,乙单位,AGENCY,5\n")), false, ImportProgress.NONE);
        assertThat(report.changes().get("Unit")).isEqualTo(new ImportCounts(1, 0, 1));

        report = engine.run(List.of(csv("Unit.csv", "id,name,kind\nt:unit:1,甲单位,PUBLIC_INSTITUTION\n")), false,
                ImportProgress.NONE);
        assertThat(report.changes().get("Unit")).isEqualTo(new ImportCounts(0, 1, 0));
        assertThat(db.count("MATCH (u:Unit {id: 't:unit:1', kind: 'PUBLIC_INSTITUTION', employees: 10})"
                + " RETURN count(u)")).isEqualTo(1);
    }

    @Test
    void aBadCsvListsEveryRejectedRowWithLineAndColumnAndWritesNothing() {
        ImportReport report = engine.run(List.of(
                csv("Unit.csv", "id,name,kind,employees\nt:unit:1,甲单位,AGENCY,10\nt:unit:2,乙单位,FACTORY,x\n"
                        + "t:unit:1,丙单位,AGENCY,3\n,丁单位,AGENCY,1\n"),
                csv("WORKS_AT.csv", "from,to,since\nt:person:9,t:unit:1,2024年3月5日\nt:unit:1,t:unit:1,\n"
                        + "t:unit:1,t:unit:2,2024/13/40\n")), false, ImportProgress.NONE);

        assertThat(report.applied()).isFalse();
        assertThat(report.errors()).extracting(ImportReport.Rejection::file, ImportReport.Rejection::line,
                ImportReport.Rejection::column, ImportReport.Rejection::code).containsExactly(
                tuple("Unit.csv", 3, "kind", "import.cell.enum"),
                tuple("Unit.csv", 3, "employees", "import.cell.integer"),
                tuple("Unit.csv", 4, "id", "import.id.duplicate"),
                tuple("Unit.csv", 5, "id", "import.cell.required"),
                tuple("WORKS_AT.csv", 2, "from", "import.ref.missing"),
                tuple("WORKS_AT.csv", 3, "to", "import.link.self"),
                tuple("WORKS_AT.csv", 4, "since", "import.cell.date"));
        assertThat(report.errors().get(0).message()).isEqualTo(
                "\"FACTORY\" is not a valid value; valid: AGENCY, PUBLIC_INSTITUTION, STATE_ENTERPRISE,"
                        + " PRIVATE_ENTERPRISE, SOCIAL_ORGANIZATION.");
        assertThat(report.errors().get(0).messageZh()).startsWith("“FACTORY”不是有效值");
        assertThat(report.summary()).isEqualTo("7 rows read, 6 rejected: nothing was written.");
        assertThat(nodes()).isZero();
    }

    @Test
    void aReferenceToANodeOfAnotherLabelNamesBoth() {
        engine.run(List.of(csv("Street.csv", "id,name\nt:street:1,东街\n")), false, ImportProgress.NONE);

        ImportReport report = engine.run(List.of(csv("Person.csv", "id,name\nt:person:1,张三\n"),
                csv("WORKS_AT.csv", "from,to\nt:person:1,t:street:1\n")), false, ImportProgress.NONE);

        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("import.ref.label");
            assertThat(e.message()).isEqualTo("\"t:street:1\" is a Street; WORKS_AT needs a Unit here.");
        });
        assertThat(db.count("MATCH (p:Person) RETURN count(p)")).isZero();
    }

    @Test
    void unknownAndMissingColumnsAndUnknownFileTypesAreRefused() {
        ImportReport report = engine.run(List.of(csv("Unit.csv", "id,名称,colour\nt:unit:1,甲,red\n"),
                csv("Persons.csv", "id,name\n")), false, ImportProgress.NONE);

        assertThat(report.errors()).extracting(ImportReport.Rejection::file, ImportReport.Rejection::column,
                ImportReport.Rejection::code).containsExactlyInAnyOrder(
                tuple("Persons.csv", null, "import.file.type"),
                tuple("Unit.csv", "colour", "import.column.unknown"),
                tuple("Unit.csv", "kind", "import.column.missing"));
    }

    @Test
    void aBadJsonFileReportsTheLinesOfItsObjects() {
        String json = """
                [
                  {"id": "t:po:1", "name": "甲党支部", "level": "BRANCH", "founded": "2020-01-01"},
                  {"id": "t:po:2", "name": "乙党支部",
                   "level": "SQUAD"}
                ]
                """;
        ImportReport report = engine.run(List.of(new SourceFile("党组织.json", json.getBytes(StandardCharsets.UTF_8))),
                false, ImportProgress.NONE);

        assertThat(report.errors()).extracting(ImportReport.Rejection::line, ImportReport.Rejection::column,
                ImportReport.Rejection::code).containsExactly(tuple(3, "level", "import.cell.enum"));
        assertThat(nodes()).isZero();

        ImportReport notAnArray = engine.run(List.of(new SourceFile("Unit.json", "{\"id\": 1}".getBytes())), false,
                ImportProgress.NONE);
        assertThat(notAnArray.errors()).extracting(ImportReport.Rejection::code).containsExactly("import.file.jsonArray");
    }

    @Test
    void aBadXlsxFileReportsSheetAndRow() throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        org.orggraph.export.TableFormat.XLSX.write("花名册", List.of("编号", "姓名", "性别", "出生年份"), List.of(
                List.of("t:person:1", "曾小贤", "男", 1980),
                java.util.Arrays.asList("t:person:2", null, "X", "一九八〇")), out);

        ImportReport report = engine.run(List.of(new SourceFile("人员.xlsx", out.toByteArray())), false,
                ImportProgress.NONE);

        assertThat(report.errors()).extracting(ImportReport.Rejection::sheet, ImportReport.Rejection::line,
                ImportReport.Rejection::column, ImportReport.Rejection::code).containsExactly(
                tuple("花名册", 3, "gender", "import.cell.enum"),
                tuple("花名册", 3, "birthYear", "import.cell.integer"),
                tuple("花名册", 3, "name", "import.cell.required"));
        assertThat(nodes()).isZero();
    }

    @Test
    void aGbkCsvFromChineseExcelIsDetectedAndDecoded() throws IOException {
        byte[] gbk;
        try (InputStream in = getClass().getResourceAsStream("/importer/Unit-gbk.csv")) {
            gbk = in.readAllBytes();
        }
        assertThat(new String(gbk, StandardCharsets.UTF_8)).doesNotContain("沙坪");

        ImportReport report = engine.run(List.of(new SourceFile("Unit.csv", gbk)), false, ImportProgress.NONE);

        assertThat(report.errors()).isEmpty();
        assertThat(db.count("MATCH (u:Unit {name: '鹤山市沙坪街道办事处', pinyin: 'heshanshishapingjiedaobanshichu'})"
                + " RETURN count(u)")).isEqualTo(1);
    }

    @Test
    void aCsvWithAByteOrderMarkReadsItsFirstHeader() {
        byte[] text = "id,name\nt:street:1,东街\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        ImportReport report = engine.run(List.of(new SourceFile("街道.csv", withBom)), false, ImportProgress.NONE);

        assertThat(report.errors()).isEmpty();
        assertThat(db.count("MATCH (s:Street {id: 't:street:1'}) RETURN count(s)")).isEqualTo(1);
    }

    @Test
    void aCsvInAnotherEncodingIsRefusedWithHowToSaveAsUtf8() {
        byte[] latin = "id,name\nt:street:1,Straße Café Crème brûlée à la française\n".getBytes(Charset.forName("ISO-8859-1"));

        ImportReport report = engine.run(List.of(new SourceFile("Street.csv", latin)), false, ImportProgress.NONE);

        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("import.file.encoding");
            assertThat(e.message()).contains("CSV UTF-8");
            assertThat(e.messageZh()).contains("UTF-8");
        });
        assertThat(nodes()).isZero();
    }
}
