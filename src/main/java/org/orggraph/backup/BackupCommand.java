package org.orggraph.backup;

import java.io.PrintStream;
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
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code java -jar orggraph.jar backup --out FILE}: the whole graph into one file ({@link GraphBackup}), from the
 * embedded store, or over Bolt from the running OrgGraph that holds it.
 */
@Command(name = BackupCommand.NAME, mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = OrgGraphCommand.Version.class,
        description = {"Backs up the whole graph (every node, relationship and property, the audit trail and the"
                + " history included) into one file, read at one point in time. Works while OrgGraph runs (through it,"
                + " over Bolt) and while it does not. 'restore FILE' reads it back. The file holds personal data: it is"
                + " written readable by its owner only."},
        footer = {"", "Reads the embedded database in --orggraph.embedded.data-dir (default ./data); when a running"
                + " OrgGraph holds it, reads through that one over Bolt.", SpringProperties.HELP},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:backed up", "1:a database or file failure", "2:a mistake on the command line"})
public final class BackupCommand extends ConsoleCommand {

    public static final String NAME = "backup";

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the backup file to write")
    private Path out;

    @Unmatched
    private List<String> unmatched = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    public BackupCommand() {
        this(null, null);
    }

    /** The summary on {@code out}, messages on {@code err}. */
    public BackupCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    protected int execute(PrintStream stdout, PrintStream err) {
        List<String> springArgs = SpringProperties.of(spec, unmatched);
        try (ConfigurableApplicationContext context = CommandDatabase.open(ImportCommandConfiguration.class, springArgs,
                notice -> err.println(NAME + ": " + notice))) {
            Driver driver = context.getBean(Driver.class);
            String schema = context.getBean(Migrations.class).info().getLastAppliedVersion()
                    .map(MigrationVersion::getValue).orElse("none");
            GraphBackup.Summary summary = new GraphBackup(driver, new CypherFiles()).write(out, schema);
            String done = "backed up " + new GraphSize(summary.nodes(), summary.relationships()) + " to "
                    + out.toAbsolutePath().normalize();
            stdout.println(done + (summary.attempts() == 1 ? "" : " (read " + summary.attempts()
                    + " times: writes committed during the first reads)"));
            CommandAudit.record(driver, NAME, done, err);
            return 0;
        } catch (RuntimeException e) {
            err.println(NAME + ": " + e.getMessage());
            return 1;
        }
    }
}
