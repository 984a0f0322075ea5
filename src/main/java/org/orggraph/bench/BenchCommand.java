package org.orggraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.orggraph.OrgGraphApplication;
import org.orggraph.api.CypherFiles;
import org.orggraph.cli.ConsoleCommand;
import org.orggraph.cli.OrgGraphCommand;
import org.orggraph.cli.SpringProperties;
import org.orggraph.graph.CredentialsFile;
import org.orggraph.graph.EmbeddedNeo4jProperties;
import org.orggraph.heshan.HeshanGenerator;
import org.orggraph.alliance.LinkProjection;
import org.orggraph.importer.BulkLoader;
import org.orggraph.importer.ReferenceDataMark;
import org.orggraph.startup.StartupProgress;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code java -jar orggraph.jar bench [--scale N] [--clients C] [--duration S] [--data-dir DIR]}: the app on a fresh
 * throw-away embedded database (or on DIR, kept), the Heshan reference data loaded at scale N (its load rate
 * measured; not again when DIR already holds it), then every query of
 * {@link BenchCases} timed over GraphQL (HTTP, logged in as the administrator of the data dir's credentials) and
 * as its hand-written statement (the driver), after checking that both answer the same. Prints the table and
 * writes it into {@code docs/benchmarks.md}.
 */
@Command(name = BenchCommand.NAME, mixinStandardHelpOptions = true, versionProvider = OrgGraphCommand.Version.class,
        description = {"Measures the API against hand-written Cypher on a fresh throw-away database: for each query"
                + " (the cookbook's, the dashboard, crossUnitLinks, the filtered lists, ...) GraphQL over HTTP and the"
                + " same answer by one hand-written statement through the driver, both with C clients for S seconds,"
                + " after checking the answers equal. Prints a Markdown table and writes it into docs/benchmarks.md.",
                "Takes 1-2 minutes to start and load at scale 1, then about 2.4 x S seconds per query. At scale 100 the"
                        + " load alone takes most of an hour: load once with --data-dir DIR, then bench DIR again and"
                        + " again (each run after the first skips the load)."},
        footer = {"", SpringProperties.HELP}, exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every query measured", "1:the app failed to start or the run failed",
                "2:a mistake on the command line", "3:some answers differed (those queries were not timed)"})
public final class BenchCommand extends ConsoleCommand {

    public static final String NAME = "bench";

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
            description = "Heshan scale of the reference data, 1 to 100 (default ${DEFAULT-VALUE})")
    private int scale;

    @Option(names = "--clients", paramLabel = "C", defaultValue = "10",
            description = "concurrent clients of each side (default ${DEFAULT-VALUE})")
    private int clients;

    @Option(names = "--duration", paramLabel = "S", defaultValue = "20",
            description = "seconds each side of each query is timed, after a warm-up of a fifth of it (default"
                    + " ${DEFAULT-VALUE})")
    private int duration;

    @Option(names = "--only", paramLabel = "NAME", split = ",",
            description = "only these queries (names as in the table), e.g. --only cross-unit-links,dashboard")
    private List<String> only;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "docs/benchmarks.md",
            description = "Markdown file whose bench section gets the table (default ${DEFAULT-VALUE}); 'none'"
                    + " prints only")
    private String output;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "run on this data dir and keep it, instead of a throw-away one: when DIR holds the Heshan"
                    + " reference data at scale N (loaded by an earlier bench --data-dir DIR or by the app's first start"
                    + " with --orggraph.sample-scale=N), it is not loaded again; when DIR is new or empty, it is"
                    + " loaded and kept. Delete DIR yourself when done")
    private Path dataDir;

    /** The app's properties, {@code --orggraph.embedded.page-cache=1g}: see {@link SpringProperties}. */
    @Unmatched
    private List<String> unmatched = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    public BenchCommand() {
        super(null, null);
    }

    @Override
    protected int execute(PrintStream out, PrintStream err) {
        if (scale < 1 || scale > 100 || clients < 1 || duration < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--scale must be 1 to 100, --clients and --duration at least 1");
        }
        List<BenchCase> cases = only == null ? BenchCases.all() : only.stream().map(BenchCases::named).toList();
        Path dir;
        try {
            dir = dataDir != null ? dataDir : Files.createTempDirectory("orggraph-bench");
        } catch (IOException e) {
            err.println("No temporary folder for the throw-away database: " + e.getMessage());
            return 1;
        }
        Path data = dataDir != null ? dataDir : dir.resolve("data");
        err.println(dataDir != null ? "Starting OrgGraph on " + data + " (kept afterwards) ..."
                : "Starting OrgGraph on a throw-away database in " + dir + " ...");
        try (HeapSampler heap = new HeapSampler();
             ConfigurableApplicationContext app = SpringApplication.run(OrgGraphApplication.class,
                     springArguments(data).toArray(String[]::new))) {
            if (!awaitReady(app, err)) {
                return 1;
            }
            ProgressBar bar = new ProgressBar(err);
            Driver driver = app.getBean(Driver.class);
            ReferenceDataMark mark = app.getBean(ReferenceDataMark.class);
            BulkLoader.LoadReport load = null;
            ReferenceDataMark.State state = mark.state();
            if (state == ReferenceDataMark.State.LOADED) {
                int loaded = mark.loadedScale().orElse(1);
                if (loaded != scale) {
                    err.println(data + " holds the reference data at scale " + loaded + ", not " + scale
                            + ": give --scale " + loaded + " or another --data-dir");
                    return 2;
                }
                err.println("The reference data (scale " + scale + ") is already in " + data + ": not loaded again");
            } else if (state != ReferenceDataMark.State.EMPTY) {
                err.println(data + " holds other data or an interrupted load (" + state + "): give a new or empty"
                        + " --data-dir");
                return 2;
            } else {
                // Into the empty database: created, as the first start of the app does (SampleDataInitializer).
                load = app.getBean(BulkLoader.class).loadOnce(new HeshanGenerator().generate(scale).allNew(),
                        fraction -> bar.at(0, 1, "loading the reference data (scale " + scale + ")", "", fraction));
                bar.done();
                // so that a later run on the same --data-dir (or the app started on it) finds it loaded
                mark.mark(scale);
                // loaded after the start, whose warm-up computed the link projection of an empty graph
                app.getBean(LinkProjection.class).refreshAllIn(driver);
            }
            String[] admin = adminAccount(app);
            BenchRunner runner = new BenchRunner(URI.create("http://127.0.0.1:"
                    + app.getEnvironment().getProperty("local.server.port")), admin[0], admin[1], driver,
                    app.getBean(CypherFiles.class), clients, Duration.ofSeconds(duration));
            List<BenchResult> results = runner.run(cases, bar);
            bar.done();
            BenchReport report = new BenchReport(LocalDate.now(), BenchMachine.of(driver), scale, clients, duration,
                    dataDir != null, load, heap.peakBytes(), Runtime.getRuntime().maxMemory(), results);
            out.print(report.markdown());
            if (!output.equals("none")) {
                report.writeInto(Path.of(output));
                err.println("Written into " + Path.of(output).toAbsolutePath());
            }
            return results.stream().allMatch(BenchResult::timed) ? 0 : 3;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("The benchmark failed: " + e);
            return 1;
        } finally {
            if (dataDir == null) {
                delete(dir);
            }
        }
    }

    /** The data dir, free ports, no reference data (the command loads it itself, timed), a quiet log. */
    private List<String> springArguments(Path data) {
        List<String> args = new ArrayList<>(List.of("--orggraph.embedded.data-dir=" + data,
                "--orggraph.embedded.bolt-port=0", "--server.port=0", "--orggraph.sample-data=none",
                "--orggraph.sample-scale=" + scale, "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--logging.level.org.orggraph=WARN",
                "--logging.level.org.orggraph.security=ERROR", "--logging.level.orggraph.requests=WARN"));
        args.addAll(SpringProperties.of(spec, unmatched));
        return args;
    }

    private static boolean awaitReady(ConfigurableApplicationContext app, PrintStream err) throws InterruptedException {
        StartupProgress progress = app.getBean(StartupProgress.class);
        while (app.isActive()) {
            StartupProgress.Status status = progress.awaitOutcome(Duration.ofSeconds(1));
            if (status.state() == StartupProgress.State.FAILED) {
                err.println("The app did not start: " + status.describe());
                return false;
            }
            if (status.state() != StartupProgress.State.STARTING) {
                return true;
            }
        }
        return false;
    }

    /** Name and password of the administrator, whose password the first start kept in the data dir's credentials. */
    private static String[] adminAccount(ConfigurableApplicationContext app) {
        CredentialsFile credentials = new CredentialsFile(app.getBean(EmbeddedNeo4jProperties.class).credentialsFile());
        String username = credentials.get("admin.username")
                .orElse(app.getEnvironment().getProperty("orggraph.admin.username", "admin"));
        String password = app.getEnvironment().getProperty("orggraph.admin.password");
        if (password == null || password.isBlank()) {
            password = credentials.get("admin.password").orElseThrow(() -> new IllegalStateException(
                    "no admin.password in " + credentials.path()));
        }
        return new String[] {username, password};
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is no failure of the benchmark.
        }
    }
}
