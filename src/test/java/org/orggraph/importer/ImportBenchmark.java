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
import org.orggraph.alliance.LinkProjection;
import org.orggraph.cli.CommandDatabase;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Imports a 200,000-row Person CSV and its 200,000 memberships into a fresh embedded database opened exactly as
 * the {@code import} command opens it (same settings, 512 MB transaction limit), and prints rows/s and peak heap.
 * {@code ./mvnw -B test -Pbench -Dsurefire.heap=1g -Dtest=ImportBenchmark} (the heap the README advises);
 * {@code -Dbench.rows=N} for another size.
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
        // Names as varied as a county's roster: 30 surnames, given names of one or two of 60 characters (about
        // 110,000 different names, so that a 200,000-row file has most of its names only once or twice).
        String surnames = "曾陈李黄梁张林吴何罗冯邓谭叶区麦钟卢苏刘杨周赵胡郭朱高马谢孙";
        String given = "小贤志明丽华建国美玲伟强秀英家豪慧敏嘉欣宇浩子轩梓涵雨晴俊杰晓峰海燕淑芬桂兰振东永红春梅德才润泽锦荣";
        writeCsv(files.resolve("Person.csv"), List.of("id", "name", "gender", "birthYear", "member"), rows,
                i -> List.of("bench:person:" + i, surnames.charAt(names.nextInt(surnames.length()))
                        + given.charAt(names.nextInt(given.length()))
                        + (names.nextInt(10) == 0 ? "" : String.valueOf(given.charAt(names.nextInt(given.length())))),
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
            ImportEngine engine = ImportEngine.over(context.getBean(Driver.class),
                    context.getBean(LinkProjection.class));
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long started = System.nanoTime();
            ImportReport report;
            try (TransactionMemoryWatch memory = TransactionMemoryWatch.watch(context.getBean(Driver.class))) {
                report = engine.run(sources, false, new TerminalProgress(System.out));
                System.out.printf("%nImportBenchmark: the import's transaction held at most %,d MB (Neo4j's estimate"
                        + " of its heap, against db.memory.transaction.max)%n", memory.peakBytes() >> 20);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("%nImportBenchmark: %,d rows (Person %,d + MEMBER_OF %,d + 100 party organizations)"
                    + " validated, compared and written in one transaction in %,d ms: %,d rows/s; peak heap %,d MB"
                    + " (max heap %,d MB)%n%s%n", report.rowsRead(), rows, rows, millis,
                    report.rowsRead() * 1000L / Math.max(1, millis), peak >> 20,
                    Runtime.getRuntime().maxMemory() >> 20, report.summary());
            System.out.printf("ImportBenchmark: time per phase (ms): %s%n", report.phases());
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
