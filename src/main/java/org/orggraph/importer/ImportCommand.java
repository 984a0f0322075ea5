package org.orggraph.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.orggraph.alliance.LinkProjection;
import org.orggraph.cli.CommandDatabase;
import org.orggraph.cli.ConsoleCommand;
import org.orggraph.cli.OrgGraphCommand;
import org.orggraph.cli.SpringProperties;
import org.orggraph.graph.EmbeddedNeo4j;
import org.orggraph.graph.EmbeddedNeo4jProperties;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code java -jar orggraph.jar import PATH... [--dry-run]}: imports files named by type (docs/import-format.md)
 * into the embedded database, or into the running OrgGraph over Bolt when that one holds the store.
 */
@Command(name = ImportCommand.NAME, mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = OrgGraphCommand.Version.class,
        description = {"Imports rosters: one file per type (Person.csv, 人员.xlsx, WORKS_AT.json, …; see"
                + " docs/import-format.md). Every row is validated first; if any is wrong nothing is written and every"
                + " rejected row is listed with file, line and column. Otherwise everything is written in one"
                + " transaction; the same files again change nothing."},
        footer = {"", "Opens the embedded database in --orggraph.embedded.data-dir (default ./data); when a running"
                + " OrgGraph holds it, imports through that one over Bolt.", SpringProperties.HELP},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:imported (or the dry run found no error)", "1:rejected rows or a database failure",
                "2:a mistake on the command line"})
public final class ImportCommand extends ConsoleCommand {

    public static final String NAME = "import";

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, or folders of .csv/.xlsx/.json files")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--dry-run", description = "validate and show what would change, write nothing")
    private boolean dryRun;

    @Unmatched
    private List<String> unmatched = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    /** As a command of the jar: the report on stdout, the progress bar and everything else on stderr. */
    public ImportCommand() {
        this(null, null);
    }

    /** The report on {@code out}, progress and messages on {@code err}. */
    public ImportCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    protected int execute(PrintStream out, PrintStream err) {
        List<String> springArgs = SpringProperties.of(spec, unmatched);
        List<SourceFile> files = files();
        try (ConfigurableApplicationContext context = CommandDatabase.open(ImportCommandConfiguration.class,
                springArgs, notice -> err.println("import: " + notice))) {
            Driver driver = context.getBean(Driver.class);
            ImportEngine engine = ImportEngine.over(driver,
                    new BulkLoader(driver, context.getBeanProvider(EmbeddedNeo4j.class),
                            context.getBean(EmbeddedNeo4jProperties.class)),
                    context.getBean(LinkProjection.class));
            ImportReport report = engine.run(files, dryRun, new TerminalProgress(err));
            ReportText.print(report, out);
            return report.ok() ? 0 : 1;
        } catch (RuntimeException e) {
            err.println("import: " + e.getMessage());
            return 1;
        }
    }

    private List<SourceFile> files() {
        List<Path> found = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(Files::isRegularFile)
                            .filter(p -> TableReaders.readable(new SourceFile(p.getFileName().toString(), null)))
                            .sorted().forEach(found::add);
                } catch (IOException e) {
                    throw new ParameterException(spec.commandLine(), "cannot list " + path + ": " + e.getMessage());
                }
            } else if (Files.isRegularFile(path)) {
                found.add(path);
            } else {
                throw new ParameterException(spec.commandLine(), "no such file or folder: " + path.toAbsolutePath());
            }
        }
        if (found.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no .csv, .xlsx or .json file in " + paths);
        }
        List<SourceFile> files = new ArrayList<>();
        for (Path p : found) {
            try {
                files.add(new SourceFile(p.getFileName().toString(), Files.readAllBytes(p)));
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "cannot read " + p + ": " + e.getMessage());
            }
        }
        return files;
    }
}
