package org.orggraph.backup;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ac.simons.neo4j.migrations.core.MigrationVersion;
import ac.simons.neo4j.migrations.core.Migrations;
import org.neo4j.driver.Driver;
import org.orggraph.api.CypherFiles;
import org.orggraph.cli.CommandDatabase;
import org.orggraph.cli.ConsoleCommand;
import org.orggraph.cli.OrgGraphCommand;
import org.orggraph.cli.SpringProperties;
import org.orggraph.importer.ImportCommandConfiguration;
import org.orggraph.startup.StartupProblem;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code java -jar orggraph.jar restore FILE [--force]}: a backup ({@link BackupCommand}) into the database of a data
 * dir, never while an OrgGraph runs on it; a database that is not empty only with {@code --force}, which replaces it.
 */
@Command(name = RestoreCommand.NAME, mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = OrgGraphCommand.Version.class,
        description = {"Restores a backup made by 'backup' into the database of --orggraph.embedded.data-dir (the app"
                + " must be stopped). The file is checked whole before anything is written. The database must be"
                + " empty, unless --force: then its graph is replaced by the backup's."},
        footer = {"", SpringProperties.HELP},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:restored", "1:refused (a running app, a database that is not empty, a broken file) or a"
                + " database failure", "2:a mistake on the command line"})
public final class RestoreCommand extends ConsoleCommand {

    public static final String NAME = "restore";

    @Parameters(index = "0", paramLabel = "FILE", description = "the backup file")
    private Path file;

    @Option(names = "--force", description = "replace the graph of a database that is not empty")
    private boolean force;

    @Unmatched
    private List<String> unmatched = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    public RestoreCommand() {
        this(null, null);
    }

    /** The summary on {@code out}, messages on {@code err}. */
    public RestoreCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    protected int execute(PrintStream stdout, PrintStream err) {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "no such file: " + file.toAbsolutePath());
        }
        List<String> springArgs = SpringProperties.of(spec, unmatched);
        try {
            CommandDatabase.requireNotRunning(springArgs);
        } catch (StartupProblem running) {
            err.println(NAME + ": refused, the app must be stopped first: " + running.getMessage());
            return 1;
        }
        try (ConfigurableApplicationContext context = CommandDatabase.open(ImportCommandConfiguration.class, springArgs,
                notice -> err.println(NAME + ": " + notice))) {
            Driver driver = context.getBean(Driver.class);
            GraphRestore restore = new GraphRestore(driver, new CypherFiles());
            BackupFile.Contents contents = restore.check(file);
            String schema = context.getBean(Migrations.class).apply().map(MigrationVersion::getValue).orElse("none");
            if (newer(contents.schema(), schema)) {
                err.println(NAME + ": refused, the backup is of schema version " + contents.schema() + ", newer than this"
                        + " OrgGraph's (" + schema + "): restore it with the version that made it");
                return 1;
            }
            GraphSize before = restore.size();
            if (!before.empty()) {
                if (!force) {
                    err.println(NAME + ": refused, the database holds " + before + "; --force replaces them with the"
                            + " backup's");
                    return 1;
                }
                restore.clear();
            }
            GraphSize created;
            try {
                created = restore.restore(file, contents.size().nodes());
            } catch (RuntimeException e) {
                err.println(NAME + ": failed, the database now holds part of the backup (" + e.getMessage()
                        + "); run the restore again with --force");
                return 1;
            }
            String done = "restored " + created + " from " + file.toAbsolutePath().normalize() + " (backed up "
                    + contents.created() + ")" + (before.empty() ? "" : ", replacing " + before);
            stdout.println(done);
            CommandAudit.record(driver, NAME, done, err);
            return 0;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println(NAME + ": refused, nothing written: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println(NAME + ": " + e.getMessage());
            return 1;
        }
    }

    /** Whether schema version {@code backup} is past {@code current} (versions of neo4j-migrations: numbers). */
    static boolean newer(String backup, String current) {
        try {
            return Long.parseLong(backup) > Long.parseLong(current);
        } catch (NumberFormatException notNumbers) {
            return false;
        }
    }
}
