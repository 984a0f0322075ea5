package org.orggraph.importer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.orggraph.cli.CommandDatabase;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Imports a 200,000-row Person CSV and its 200,000 memberships into a fresh embedded database opened exactly as
 * the {@code import} command opens it (same settings, 512 MB transaction limit), and prints rows/s and peak heap.
 * {@code ./mvnw -B test -Pbench -Dtest=ImportBenchmark}; {@code -Dbench.rows=N} for another size.
 */
@Tag("bench")
class ImportBenchmark {

    @TempDir
    Path dir;

    @Test
    void import200000PeopleAndTheirMemberships() throws IOException {
        int rows = Integer.getInteger("bench.rows", 200_000);
        Path files = Files.createDirectories(dir.resolve("files"));
        writeCsv(files.resolve("PartyOrganization.csv"), List.of("id", "name", "level"), 100,
                i -> List.of("bench:po:" + i, "基准党支部" + i, "BRANCH"));
        var names = new java.util.Random(7);
        String[] surnames = {"曾", "陈", "李", "黄", "梁", "张", "林", "吴", "何", "罗"};
        String[] given = {"小贤", "志明", "丽华", "建国", "美玲", "伟强", "秀英", "家豪", "慧敏", "国华"};
        writeCsv(files.resolve("Person.csv"), List.of("id", "name", "gender", "birthYear", "member"), rows,
                i -> List.of("bench:person:" + i, surnames[names.nextInt(10)] + given[names.nextInt(10)],
                        i % 2 == 0 ? "MALE" : "FEMALE", String.valueOf(1950 + i % 50), "true"));
        writeCsv(files.resolve("MEMBER_OF.csv"), List.of("from", "to", "since"), rows,
                i -> List.of("bench:person:" + i, "bench:po:" + (i % 100), "2015-07-01"));
        List<SourceFile> sources = new ArrayList<>();
        for (String name : List.of("PartyOrganization.csv", "Person.csv", "MEMBER_OF.csv")) {
            sources.add(new SourceFile(name, Files.readAllBytes(files.resolve(name))));
        }
        try (ConfigurableApplicationContext context = CommandDatabase.open(ImportCommandConfiguration.class, List.of(
                "--orggraph.embedded.data-dir=" + dir.resolve("data"), "--orggraph.embedded.bolt-port=0",
                "--orggraph.embedded.password=bench-password-1"), notice -> { })) {
            ImportEngine engine = ImportEngine.over(context.getBean(Driver.class));
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long started = System.nanoTime();
            ImportReport report = engine.run(sources, false, new TerminalProgress(System.out));
            long millis = (System.nanoTime() - started) / 1_000_000;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("%nImportBenchmark: %,d rows (Person %,d + MEMBER_OF %,d + 100 party organizations)"
                    + " validated, compared and written in one transaction in %,d ms: %,d rows/s; peak heap %,d MB"
                    + " (max heap %,d MB)%n%s%n", report.rowsRead(), rows, rows, millis,
                    report.rowsRead() * 1000L / Math.max(1, millis), peak >> 20,
                    Runtime.getRuntime().maxMemory() >> 20, report.summary());
            if (!report.applied()) {
                throw new AssertionError("the benchmark import was not applied: " + report.errors());
            }
        }
    }

    private static void writeCsv(Path file, List<String> header, int rows,
            java.util.function.IntFunction<List<String>> row) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (int i = 0; i < rows; i++) {
                printer.printRecord(row.apply(i));
            }
        }
    }
}
