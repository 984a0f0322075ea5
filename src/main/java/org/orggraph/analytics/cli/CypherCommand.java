package org.orggraph.analytics.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.orggraph.analytics.CypherQueryException;
import org.orggraph.analytics.CypherScript;
import org.orggraph.analytics.QueryLimits;
import org.orggraph.analytics.QueryResult;
import org.orggraph.analytics.ReadOnlyCypher;
import org.orggraph.analytics.ResultFormat;
import org.orggraph.cli.CommandDatabase;
import org.orggraph.cli.ConsoleCommand;
import org.orggraph.cli.OrgGraphCommand;
import org.orggraph.cli.SpringProperties;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine;

/**
 * {@code java -jar orggraph.jar cypher (FILE | -e QUERY) [--param k=v] [--format table|csv|json]}: runs read-only
 * Cypher against the embedded database or the configured Neo4j and prints the results. Every failure is one clear
 * message on stderr and a non-zero exit status: 2 for a mistake on the command line, 1 for everything else.
 */
@Command(name = CypherCommand.NAME, mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = OrgGraphCommand.Version.class,
        description = {"Runs read-only Cypher (a script of ;-separated statements, or one statement) and prints each"
                + " result. Statements that would write are refused. Parameters the script uses but --param does not"
                + " give are null, so the files in cypher/analysis fall back to their defaults."},
        footer = {"", "Without --spring.neo4j.uri it opens the embedded database in --orggraph.embedded.data-dir"
                + " (default ./data), which must not be in use. Against a running OrgGraph, pass its Bolt address"
                + " and password instead:",
                "  --spring.neo4j.uri=bolt://HOST:PORT --spring.neo4j.authentication.password=PASSWORD",
                "  --orggraph.embedded.enabled=false",
                SpringProperties.HELP},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every statement ran", "1:the database or a statement failed",
                "2:a mistake on the command line"})
public final class CypherCommand extends ConsoleCommand {

    public static final String NAME = "cypher";
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = OrgGraphCommand.USAGE;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "the script to run; cypher/checks/… and cypher/analysis/… also from the jar alone")
    private List<Path> files = new ArrayList<>();

    @Option(names = {"-e", "--execute"}, paramLabel = "QUERY", description = "one statement to run instead of a FILE")
    private String query;

    @Option(names = {"-P", "--param"}, paramLabel = "name=value", converter = CypherArguments.ParameterConverter.class,
            description = "a parameter, repeatable; value: a number, true/false, null, 'text', \"text\", a JSON list"
                    + " or object, or else the text as it is (e.g. --param alliance=alliance:05)")
    private List<CypherArguments.Parameter> parameters = new ArrayList<>();

    /**
     * Checked in {@link #arguments()}, not typed {@link ResultFormat}: picocli would list an enum's constants when it
     * builds the command, and initializing {@code ResultFormat} (its JSON mapper) made {@code --help} slower by a
     * good part of a second.
     */
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), csv (header line, then bare values) or json (array of objects)")
    private String format;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "120s",
            converter = CypherArguments.TimeoutConverter.class,
            description = "per statement: 90s, 2m, 500ms (default ${DEFAULT-VALUE})")
    private Duration timeout;

    @Option(names = "--limit", paramLabel = "ROWS", defaultValue = "10000", converter = CypherArguments.RowsConverter.class,
            description = "at most this many rows per statement (default ${DEFAULT-VALUE})")
    private int limit;

    /** The app's properties, {@code --spring.neo4j.uri=…}: see {@link SpringProperties}. */
    @Unmatched
    private List<String> unmatched = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    /** As a command of the jar: results on stdout, and everything else, logging included, on stderr. */
    public CypherCommand() {
        this(null, null);
    }

    /** Results on {@code out}, messages on {@code err}. */
    public CypherCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    /**
     * The parsed options, checked together.
     *
     * @throws ParameterException for a mistake on the command line
     */
    CypherArguments arguments() {
        List<String> springArgs = SpringProperties.of(spec, unmatched);
        if (files.size() > 1) {
            throw usage("give one file (found '" + files.get(0) + "' and '" + files.get(1) + "')");
        }
        Path file = files.isEmpty() ? null : files.get(0);
        if (file == null && query == null) {
            throw usage("give a file to run or -e QUERY");
        }
        if (file != null && query != null) {
            throw usage("give either a file or -e QUERY, not both");
        }
        ResultFormat resultFormat;
        try {
            resultFormat = ResultFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw usage("Invalid value for option '--format': " + e.getMessage());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        parameters.forEach(parameter -> values.put(parameter.name(), parameter.value()));
        return new CypherArguments(file, query, values, resultFormat, new QueryLimits(timeout, limit), springArgs);
    }

    /** Opens the database the configuration names, runs the script and prints it. */
    @Override
    protected int execute(PrintStream out, PrintStream err) {
        CypherArguments arguments = arguments();
        String script = script(arguments);
        try (ConfigurableApplicationContext context = openDatabase(arguments.springArgs(), err)) {
            return run(new ReadOnlyCypher(context.getBean(Driver.class), arguments.limits()), script, arguments, out,
                    err);
        } catch (RuntimeException e) {
            err.println("cypher: " + DatabaseProblem.describe(e));
            return FAILED;
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Runs the statements one after the other, printing each result as soon as it is complete. */
    private static int run(ReadOnlyCypher cypher, String script, CypherArguments arguments, PrintStream out,
            PrintStream err) {
        List<String> statements = CypherScript.statements(script);
        if (statements.isEmpty()) {
            err.println("cypher: there is no Cypher statement to run (only comments or blank lines).");
            return FAILED;
        }
        for (int i = 0; i < statements.size(); i++) {
            QueryResult result;
            try {
                result = cypher.run(statements.get(i), arguments.parameters());
            } catch (CypherQueryException e) {
                out.flush();
                err.println("cypher: " + (statements.size() > 1 ? "statement " + (i + 1) + ": " : "") + e.getMessage());
                return FAILED;
            }
            if (i > 0 && arguments.format() != ResultFormat.JSON) {
                out.println();
            }
            arguments.format().write(result, out);
            out.flush();
            if (result.truncated()) {
                err.println("cypher: stopped after " + result.rows().size()
                        + " rows; there are more (--limit to see more).");
            }
        }
        return OK;
    }

    private String script(CypherArguments arguments) {
        if (arguments.query() != null) {
            return arguments.query();
        }
        try {
            return Files.readString(arguments.file(), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return packaged(arguments.file())
                    .orElseThrow(() -> usage("no such file: " + arguments.file().toAbsolutePath()));
        } catch (IOException e) {
            throw usage("cannot read " + arguments.file().toAbsolutePath() + ": " + e.getMessage());
        }
    }

    /**
     * The jar carries {@code cypher/checks/} and {@code cypher/analysis/}: {@code cypher cypher/analysis/07-….cypher}
     * works with the jar alone, outside a checkout.
     */
    private static Optional<String> packaged(Path file) {
        String name = file.normalize().toString().replace('\\', '/');
        if (file.isAbsolute() || !name.startsWith("cypher/")) {
            return Optional.empty();
        }
        try (InputStream in = CypherCommand.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static ConfigurableApplicationContext openDatabase(List<String> springArgs, PrintStream err) {
        return CommandDatabase.open(CypherCommandConfiguration.class, springArgs, notice -> err.println("cypher: " + notice));
    }
}
