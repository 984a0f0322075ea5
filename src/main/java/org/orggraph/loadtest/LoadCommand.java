package org.orggraph.loadtest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.orggraph.cli.ConsoleCommand;
import org.orggraph.cli.OrgGraphCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar orggraph.jar load --url URL --user NAME --password-file FILE [--clients 50] [--duration 60]}:
 * drives a running OrgGraph with concurrent clients of mixed reads and writes ({@link LoadRun}) and reports errors,
 * lost writes and the latency percentiles of each kind of request. Starts no database and no Spring context.
 */
@Command(name = LoadCommand.NAME, mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = OrgGraphCommand.Version.class,
        description = {"Load test of a running OrgGraph over HTTP: concurrent clients send the cookbook's queries,"
                + " searches and lists, and create members (named " + LoadRun.NAME_PREFIX + "…) and transfer them;"
                + " afterwards every acknowledged write is read back. Reports errors, lost writes and p50/p95/p99 per"
                + " kind of request. The user must be allowed to edit (EDITOR or ADMIN). Run it against a throw-away"
                + " database: the people it creates stay."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no error and no lost write", "1:errors or lost writes (listed), or the app did not answer",
                "2:a mistake on the command line"})
public final class LoadCommand extends ConsoleCommand {

    public static final String NAME = "load";

    @Option(names = "--url", paramLabel = "URL", defaultValue = "http://localhost:8080",
            description = "the running OrgGraph (default ${DEFAULT-VALUE})")
    private String url;

    @Option(names = "--user", paramLabel = "NAME", required = true, description = "who logs in (EDITOR or ADMIN)")
    private String user;

    @Option(names = "--password-file", paramLabel = "FILE", required = true,
            description = "a file whose first line is the user's password")
    private Path passwordFile;

    @Option(names = "--clients", paramLabel = "C", defaultValue = "50", description = "concurrent clients (default ${DEFAULT-VALUE})")
    private int clients;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "60",
            description = "how long the clients send requests (default ${DEFAULT-VALUE})")
    private int duration;

    @Option(names = "--reads", paramLabel = "KIND", split = ",", defaultValue = "cookbook,search,list",
            description = "the kinds of read: cookbook, search, list (default all; 60 %% of the requests)")
    private List<OperationKind> reads = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    public LoadCommand() {
        this(null, null);
    }

    /** The report on {@code out}, what failed on {@code err}. */
    public LoadCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    protected int execute(PrintStream out, PrintStream err) {
        if (clients < 1 || duration < 1) {
            throw new ParameterException(spec.commandLine(), "--clients and --duration must be at least 1");
        }
        if (reads.stream().anyMatch(kind -> !kind.read() || kind == OperationKind.READ_BACK)) {
            throw new ParameterException(spec.commandLine(), "--reads takes cookbook, search and list");
        }
        String password;
        try {
            password = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read the password file " + passwordFile + ": "
                    + e.getMessage());
        }
        out.printf("Load: %d clients for %d s against %s as %s%n", clients, duration, url, user);
        LoadRun.Result result;
        GraphQlClient client = new GraphQlClient(url, user, password);
        try {
            // once, before the clock runs: a wrong password stops here, not as thousands of errors
            client.logIn();
        } catch (GraphQlClient.Failure e) {
            err.println(NAME + ": " + e.getMessage());
            return 1;
        }
        try {
            result = new LoadRun(client, clients, Duration.ofSeconds(duration), reads).run();
        } catch (IllegalStateException e) {
            err.println(NAME + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        LoadReport.print(result, out);
        result.errorMessages().forEach(m -> err.println("error: " + m));
        result.lostDetails().forEach(m -> err.println("lost: " + m));
        return result.passed() ? 0 : 1;
    }
}
