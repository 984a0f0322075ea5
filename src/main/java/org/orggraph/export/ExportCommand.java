package org.orggraph.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.Driver;
import org.orggraph.api.CypherFiles;
import org.orggraph.audit.Actor;
import org.orggraph.audit.AuditTrail;
import org.orggraph.cli.CommandDatabase;
import org.orggraph.cli.ConsoleCommand;
import org.orggraph.cli.OrgGraphCommand;
import org.orggraph.cli.SpringProperties;
import org.orggraph.importer.ImportFormat;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code java -jar orggraph.jar export --format xlsx|csv|json|cypher --out DIR [--alliance ID]}: the graph, or one
 * alliance's part of it, in the import format (or as a Cypher script), from the embedded database or, when a
 * running OrgGraph holds it, over Bolt.
 */
@Command(name = ExportCommand.NAME, mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = OrgGraphCommand.Version.class,
        description = {"Exports the graph in the import format (docs/import-format.md): one file per type, which"
                + " 'import' reads back into an empty database with the same counts and properties; or, with"
                + " --format cypher, one script of MERGE statements for cypher-shell. The files hold personal data."},
        footer = {"", SpringProperties.HELP})
public final class ExportCommand extends ConsoleCommand {

    public static final String NAME = "export";

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv (default), xlsx, json or cypher")
    private String format;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "the folder to write the files into")
    private Path out;

    @Option(names = "--alliance", paramLabel = "ID", description = "only this alliance's part (alliance:05)")
    private String alliance;

    @Unmatched
    private List<String> unmatched = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    public ExportCommand() {
        super(null, null);
    }

    @Override
    protected int execute(java.io.PrintStream stdout, java.io.PrintStream err) {
        ExportFormat exportFormat;
        try {
            exportFormat = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<String> springArgs = SpringProperties.of(spec, unmatched);
        try (ConfigurableApplicationContext context = CommandDatabase.open(org.orggraph.importer.ImportCommandConfiguration.class, springArgs,
                notice -> err.println("export: " + notice))) {
            Driver driver = context.getBean(Driver.class);
            ExportAudit exporter = new ExportAudit(new Exporter(driver, new ImportFormat(), new CypherFiles()),
                    AuditTrail.writingOnly(driver));
            Exporter.Summary summary = exporter.export(Actor.commandLine(), exportFormat, alliance,
                    Exporter.Sink.folder(out));
            summary.rows().forEach((type, rows) -> stdout.printf("%-22s %9d%n", type, rows));
            stdout.println("Exported to " + out.toAbsolutePath());
            return 0;
        } catch (RuntimeException e) {
            err.println("export: " + e.getMessage());
            return 1;
        }
    }
}
