package org.orggraph.importer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports a 200,000-row roster (Person) with its 200,000 memberships (MEMBER_OF) and their 100 party organizations
 * with the jar's own {@code import} command, each run in a JVM of its own on a new data dir, exactly as a data
 * steward would run it: with the JVM's default heap (a quarter of the RAM) and with {@code -Xmx1g}, the files in
 * CSV (English headers) and in XLSX (Chinese headers and file names, as Excel saves them). Prints, per run, the
 * rows/s of the import itself (the command's own time: read, validate, compare, write, commit; not the JVM's and
 * the database's start), the phases, the process's wall time and the peak heap (the most in use before a
 * collection, from the GC log). With {@code -Dbench.baseJar=OTHER.jar} the same files are imported by that jar
 * too, run for run side by side (the jar of another commit: the before and after of a change).
 *
 * <p>{@code ./mvnw -B -o package -DskipTests && ./mvnw -B -o test -Pbench -Dtest=ImportBenchmark
 * [-Dbench.rows=200000] [-Dbench.formats=csv,xlsx] [-Dbench.heaps=default,1g] [-Dbench.writePaths=in-process,bolt]
 * [-Dbench.jar=target/orggraph.jar] [-Dbench.baseJar=…] [-Dbench.watchMemory=true]}: {@code bench.writePaths} imports
 * each file set once per {@code orggraph.embedded.write-path}, run for run side by side (default: in-process only).
 * Asserts only that every import was applied, or refused whole for a transaction over the memory limit (a file set
 * too big for {@code -Xmx1g}: printed as such, the other runs go on).
 */
@Tag("bench")
class ImportBenchmark {

    private static final Pattern ROWS = Pattern.compile("^([\\d,]+) rows read", Pattern.MULTILINE);
    private static final Pattern MILLIS = Pattern.compile("^Recorded as \\S+ \\((\\d+) ms(.*)\\)$", Pattern.MULTILINE);
    /** A G1 or Parallel collection's line of -Xlog:gc: the heap in use before it, in MB. */
    private static final Pattern GC = Pattern.compile("\\) (\\d+)M->\\d+M\\(\\d+M\\)");

    @TempDir
    Path dir;

    @Test
    void import200000PeopleAndTheirMemberships() throws Exception {
        int rows = Integer.getInteger("bench.rows", 200_000);
        List<String> formats = List.of(System.getProperty("bench.formats", "csv,xlsx").split(","));
        List<String> heaps = List.of(System.getProperty("bench.heaps", "default,1g").split(","));
        List<String> writePaths = List.of(System.getProperty("bench.writePaths", "in-process").split(","));
        List<Path> jars = new ArrayList<>();
        jars.add(Path.of(System.getProperty("bench.jar", defaultJar().toString())));
        if (System.getProperty("bench.baseJar") != null) {
            jars.add(Path.of(System.getProperty("bench.baseJar")));
        }
        for (Path jar : jars) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is not there: build it first (./mvnw -B -o package -DskipTests)");
            }
        }
        List<String> results = new ArrayList<>();
        for (String format : formats) {
            Path files = Files.createDirectories(dir.resolve("files-" + format));
            long writing = System.nanoTime();
            if (format.equals("csv")) {
                writeCsvFiles(files, rows);
            } else {
                writeXlsxFiles(files, rows);
            }
            System.out.printf("ImportBenchmark: %s files of %,d + %,d + 100 rows written in %,d ms (%s)%n", format,
                    rows, rows, (System.nanoTime() - writing) / 1_000_000, sizes(files));
            for (String heap : heaps) {
                for (Path jar : jars) {
                    for (String writePath : writePaths) {
                        String result = run(jar, files, heap, format, writePath);
                        System.out.println(result);
                        results.add(result);
                    }
                }
            }
        }
        System.out.printf("%nImportBenchmark summary (%,d people + %,d memberships + 100 party organizations;"
                + " load average %s):%n", rows, rows, loadAverage());
        results.forEach(System.out::println);
    }

    /** One import by {@code jar} in a JVM of its own on a new data dir; its figures as one line. */
    private String run(Path jar, Path files, String heap, String format, String writePath)
            throws IOException, InterruptedException {
        Path run = Files.createTempDirectory(dir, "run-");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // bash's `times` after the JVM's exit: the process's whole CPU (JVM and database start included)
        List<String> command = new ArrayList<>(List.of("bash", "-c", "\"$@\"; s=$?; times >&2; exit $s", "bash", java));
        if (!heap.equals("default")) {
            command.add("-Xmx" + heap);
        }
        command.addAll(List.of("-Xlog:gc:file=" + run.resolve("gc.log"), "-jar", jar.toAbsolutePath().toString(),
                "import", files.toString(), "--orggraph.embedded.data-dir=" + run.resolve("data"),
                "--orggraph.embedded.bolt-port=0", "--orggraph.embedded.password=bench-password-1",
                "--orggraph.embedded.write-path=" + writePath));
        String load = loadAverage();
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(run.resolve("out.txt").toFile())
                .redirectError(run.resolve("err.txt").toFile()).start();
        long transactionPeak = -1;
        if (Boolean.getBoolean("bench.watchMemory")) {
            transactionPeak = watchTransactionMemory(process, run.resolve("data"));
        } else if (!process.waitFor(60, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the import did not end within an hour: " + run);
        }
        long wall = (System.nanoTime() - started) / 1_000_000;
        String out = Files.readString(run.resolve("out.txt"));
        Matcher rowsRead = ROWS.matcher(out);
        Matcher millis = MILLIS.matcher(out);
        if (process.exitValue() != 0 && out.contains("[import.transaction.memory]") && rowsRead.find()) {
            // a finding, not a failure: with -Xmx1g the 400,100 rows do not fit one transaction (docs/import-format.md)
            return String.format("ImportBenchmark: %-4s heap %-7s %-10s %-28s %s rows refused whole after %,d ms"
                    + " (process wall): import.transaction.memory, nothing written; load average before %s", format,
                    heap, writePath, jar.getFileName() + " (" + shortPath(jar) + ")", rowsRead.group(1), wall, load);
        }
        if (process.exitValue() != 0 || !rowsRead.find() || !millis.find()) {
            throw new AssertionError("the import by " + jar + " was not applied (exit " + process.exitValue() + "):\n"
                    + out + "\n" + Files.readString(run.resolve("err.txt")));
        }
        long read = Long.parseLong(rowsRead.group(1).replace(",", ""));
        long ms = Long.parseLong(millis.group(1));
        String[] err = Files.readString(run.resolve("err.txt")).strip().split("\n");
        String cpu = err[err.length - 1].replace(' ', '+');
        long peak = 0;
        Matcher gc = GC.matcher(Files.readString(run.resolve("gc.log")));
        while (gc.find()) {
            peak = Math.max(peak, Long.parseLong(gc.group(1)));
        }
        return String.format("ImportBenchmark: %-4s heap %-7s %-10s %-28s %,d rows in %,d ms: %,d rows/s%s; process %,d ms"
                + " (CPU user+sys %s); peak heap %,d MB;%s load average before %s", format, heap, writePath, jar.getFileName() + " (" + shortPath(jar)
                + ")", read, ms, read * 1000 / Math.max(1, ms), millis.group(2), wall, cpu, peak, transactionPeak < 0 ? ""
                : String.format(" its transaction at most %,d MB (Neo4j's estimate, against db.memory.transaction.max);",
                        transactionPeak >> 20), load);
    }

    /**
     * With {@code -Dbench.watchMemory=true}: the most memory Neo4j estimates the import's transaction held, polled
     * over the command's own Bolt port while it runs (the poll lists the transaction's locks, which costs the import
     * some of its speed: not on by default). Returns once the process has ended.
     */
    private static long watchTransactionMemory(Process process, Path data) throws IOException, InterruptedException {
        Path portFile = data.resolve("bolt-port");
        while (process.isAlive() && !Files.isRegularFile(portFile)) {
            Thread.sleep(200);
        }
        if (!process.isAlive()) {
            return -1;
        }
        Thread.sleep(500);
        String uri = "bolt://127.0.0.1:" + Files.readString(portFile).strip();
        try (org.neo4j.driver.Driver driver = org.neo4j.driver.GraphDatabase.driver(uri,
                org.neo4j.driver.AuthTokens.basic("neo4j", "bench-password-1"));
                TransactionMemoryWatch watch = TransactionMemoryWatch.watch(driver)) {
            if (!process.waitFor(60, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the import did not end within an hour");
            }
            return watch.peakBytes();
        }
    }

    private static String shortPath(Path jar) {
        Path parent = jar.toAbsolutePath().getParent();
        return parent == null ? "" : parent.getFileName().toString();
    }

    /** The jar of this build: next to the test classes. */
    private static Path defaultJar() throws URISyntaxException {
        return Path.of(ImportBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().resolve("orggraph.jar");
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String sizes(Path files) throws IOException {
        try (var listing = Files.list(files)) {
            return String.join(", ", listing.sorted().map(f -> {
                try {
                    return f.getFileName() + " " + (Files.size(f) >> 10) + " KB";
                } catch (IOException e) {
                    return f.getFileName().toString();
                }
            }).toList());
        }
    }

    /**
     * Names as varied as a county's roster: 30 surnames, given names of one or two of 60 characters (about 110,000
     * different names, so that a 200,000-row file has most of its names only once or twice).
     */
    private static IntFunction<String> names() {
        Random random = new Random(7);
        String surnames = "曾陈李黄梁张林吴何罗冯邓谭叶区麦钟卢苏刘杨周赵胡郭朱高马谢孙";
        String given = "小贤志明丽华建国美玲伟强秀英家豪慧敏嘉欣宇浩子轩梓涵雨晴俊杰晓峰海燕淑芬桂兰振东永红春梅德才润泽锦荣";
        return i -> surnames.charAt(random.nextInt(surnames.length())) + ""
                + given.charAt(random.nextInt(given.length()))
                + (random.nextInt(10) == 0 ? "" : String.valueOf(given.charAt(random.nextInt(given.length()))));
    }

    private static List<String> person(int i, String name) {
        return List.of("bench:person:" + i, name, i % 2 == 0 ? "MALE" : "FEMALE", String.valueOf(1950 + i % 50), "true");
    }

    private static void writeCsvFiles(Path files, int rows) throws IOException {
        writeCsv(files.resolve("PartyOrganization.csv"), List.of("id", "name", "level"), 100,
                i -> List.of("bench:po:" + i, "基准党支部" + i, "BRANCH"));
        IntFunction<String> names = names();
        writeCsv(files.resolve("Person.csv"), List.of("id", "name", "gender", "birthYear", "member"), rows,
                i -> person(i, names.apply(i)));
        writeCsv(files.resolve("MEMBER_OF.csv"), List.of("from", "to", "since"), rows,
                i -> List.of("bench:person:" + i, "bench:po:" + (i % 100), "2015-07-01"));
    }

    /** The same rows as XLSX with the Chinese file and column names (docs/import-format.md). */
    private static void writeXlsxFiles(Path files, int rows) throws IOException {
        writeXlsx(files.resolve("党组织.xlsx"), List.of("编号", "名称", "层级"), 100,
                i -> List.of("bench:po:" + i, "基准党支部" + i, "党支部"));
        IntFunction<String> names = names();
        writeXlsx(files.resolve("人员.xlsx"), List.of("编号", "姓名", "性别", "出生年份", "党员"), rows, i -> {
            List<String> row = new ArrayList<>(person(i, names.apply(i)));
            row.set(2, i % 2 == 0 ? "男" : "女");
            return row;
        });
        writeXlsx(files.resolve("组织关系.xlsx"), List.of("起点", "终点", "起始日期"), rows,
                i -> List.of("bench:person:" + i, "bench:po:" + (i % 100), "2015-07-01"));
    }

    private static void writeCsv(Path file, List<String> header, int rows, IntFunction<List<String>> row)
            throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (int i = 0; i < rows; i++) {
                printer.printRecord(row.apply(i));
            }
        }
    }

    /** Streamed (SXSSF): a 200,000-row sheet is never whole in this JVM's heap either. Numbers as numbers. */
    private static void writeXlsx(Path file, List<String> header, int rows, IntFunction<List<String>> row)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(1000); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Sheet1");
            write(sheet.createRow(0), header);
            for (int i = 0; i < rows; i++) {
                write(sheet.createRow(i + 1), row.apply(i));
            }
            workbook.write(out);
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            String text = cells.get(c);
            if (text.chars().allMatch(Character::isDigit)) {
                row.createCell(c).setCellValue(Long.parseLong(text));
            } else {
                row.createCell(c).setCellValue(text);
            }
        }
    }
}
