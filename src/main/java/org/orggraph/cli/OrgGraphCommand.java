package org.orggraph.cli;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.orggraph.analytics.cli.CypherCommand;
import org.orggraph.backup.BackupCommand;
import org.orggraph.backup.RestoreCommand;
import org.orggraph.bench.BenchCommand;
import org.orggraph.export.ExportCommand;
import org.orggraph.importer.ImportCommand;
import org.orggraph.loadtest.LoadCommand;
import org.orggraph.security.cli.UserCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * The jar's command line: {@code java -jar orggraph.jar [COMMAND] [OPTIONS]}. Each command is one picocli class
 * listed in {@code subcommands}; {@code serve} is the default. Usage help, {@code --version} and usage errors are
 * answered by picocli alone, before anything of Spring or Neo4j is loaded.
 */
@Command(name = OrgGraphCommand.NAME, mixinStandardHelpOptions = true, versionProvider = OrgGraphCommand.Version.class,
        subcommands = {ServeCommand.class, CypherCommand.class, ImportCommand.class, ExportCommand.class,
                UserCommand.class, Neo4jServerCommand.class, BackupCommand.class, RestoreCommand.class,
                LoadCommand.class, BenchCommand.class, HelpCommand.class},
        description = "A graph of the organizational relationships of urban grassroots party building, served through"
                + " GraphQL and open to analysts in Cypher. Without a command, it starts the app (serve).",
        footer = {"", "Run 'java -jar orggraph.jar COMMAND --help' for the options of a command."})
public final class OrgGraphCommand implements Runnable {

    public static final String NAME = "java -jar orggraph.jar";

    /** Exit status of a mistake on the command line (picocli's default). */
    public static final int USAGE = 2;

    private static final String COMMAND_SYNOPSES = "commandSynopses";

    @Spec
    private CommandSpec spec;

    /** Not reached from {@link #execute}, which runs {@code serve} when no command is given; prints the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with all its commands. */
    public static CommandLine commandLine() {
        CommandLine cli = configure(new CommandLine(new OrgGraphCommand()));
        // Under the list of commands, each command's synopsis: the commands and their options on one screen.
        cli.getHelpSectionMap().put(COMMAND_SYNOPSES, help -> synopses(cli));
        List<String> sections = new ArrayList<>(cli.getHelpSectionKeys());
        sections.add(sections.indexOf(UsageMessageSpec.SECTION_KEY_COMMAND_LIST) + 1, COMMAND_SYNOPSES);
        cli.setHelpSectionKeys(sections);
        return cli;
    }

    /** How every command of the jar reports usage errors and lays out its help; also for commands run alone. */
    public static CommandLine configure(CommandLine cli) {
        cli.setUsageHelpWidth(110).setParameterExceptionHandler(new UsageErrors()).setCaseInsensitiveEnumValuesAllowed(true);
        Deque<CommandLine> commands = new ArrayDeque<>(List.of(cli));
        while (!commands.isEmpty()) {
            CommandLine command = commands.pop();
            command.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_SYNOPSIS,
                    help -> synopsis(command, help.synopsisHeadingLength()));
            commands.addAll(command.getSubcommands().values());
        }
        return cli;
    }

    /** Runs the command the arguments name, {@code serve} when they name none; returns the exit status. */
    public static int execute(CommandLine cli, String[] args) {
        return cli.execute(withDefaultCommand(cli, args));
    }

    /** Whether {@code serve} started the app, which then keeps running after {@link #execute} returned. */
    public static boolean serving(CommandLine cli) {
        ServeCommand serve = cli.getSubcommands().get(ServeCommand.NAME).getCommand();
        return serve.running();
    }

    /**
     * {@code serve} in front of arguments that start with an option the top level does not have:
     * {@code --server.port=9090} means {@code serve --server.port=9090}. A first word that is not a command is left
     * alone, so that picocli names the command it resembles.
     */
    static String[] withDefaultCommand(CommandLine cli, String[] args) {
        if (args.length > 0 && (!args[0].startsWith("-") || cli.getCommandSpec().optionsMap().containsKey(args[0]))) {
            return args;
        }
        String[] withServe = new String[args.length + 1];
        withServe[0] = ServeCommand.NAME;
        System.arraycopy(args, 0, withServe, 1, args.length);
        return withServe;
    }

    private static String synopses(CommandLine cli) {
        StringBuilder text = new StringBuilder("%nOptions of the commands:%n".formatted());
        for (Map.Entry<String, CommandLine> command : cli.getSubcommands().entrySet()) {
            if (!(command.getValue().getCommand() instanceof HelpCommand)) {
                text.append(synopsis(command.getValue(), 2).replaceAll("(?m)^", "  "));
            }
        }
        return text.toString();
    }

    /** picocli's synopsis, and the Spring properties where the command takes them (see {@link SpringProperties}). */
    private static String synopsis(CommandLine command, int headingLength) {
        String synopsis = command.getHelp().synopsis(headingLength);
        boolean takesProperties = !command.getCommandSpec().unmatchedArgsBindings().isEmpty();
        return takesProperties ? synopsis.stripTrailing() + " [--NAME=VALUE]...%n".formatted() : synopsis;
    }

    /** {@code java -jar orggraph.jar cypher} for the cypher command: what to type before {@code --help}. */
    static String invocation(CommandSpec command) {
        Deque<String> names = new ArrayDeque<>();
        for (CommandSpec c = command; c != null; c = c.parent()) {
            names.push(c.name());
        }
        if (!names.getFirst().equals(NAME)) {
            names.push(NAME);
        }
        return String.join(" ", names);
    }

    /**
     * One message for a mistake on the command line: picocli's, the options or commands it resembles, else all the
     * valid ones, and where the help is. Exit status {@link #USAGE}.
     */
    static final class UsageErrors implements IParameterExceptionHandler {

        @Override
        public int handleParseException(ParameterException mistake, String[] args) {
            CommandLine cli = mistake.getCommandLine();
            CommandSpec command = cli.getCommandSpec();
            PrintWriter err = cli.getErr();
            String prefix = command.name().equals(NAME) ? "orggraph" : command.name();
            err.println(prefix + ": " + mistake.getMessage());
            if (mistake instanceof UnmatchedArgumentException unmatched) {
                List<String> suggestions = unmatched.getSuggestions();
                if (!suggestions.isEmpty()) {
                    err.println("Did you mean " + String.join(" or ", suggestions) + "?");
                }
                if (unmatched.isUnknownOption()) {
                    err.println("The options of '" + invocation(command) + "' are: " + options(command) + ".");
                } else if (!cli.getSubcommands().isEmpty()) {
                    err.println("The commands are: " + String.join(", ", cli.getSubcommands().keySet()) + ".");
                }
            }
            err.println("Run '" + invocation(command) + " --help' for the options.");
            err.flush();
            return command.exitCodeOnInvalidInput();
        }

        private static String options(CommandSpec command) {
            return command.options().stream().filter(option -> !option.hidden())
                    .map(option -> String.join("/", option.names())).collect(Collectors.joining(", "));
        }
    }

    /** OrgGraph's version from the jar's manifest (Maven's project version), and the Java it runs on. */
    public static final class Version implements IVersionProvider {

        @Override
        public String[] getVersion() {
            String version = OrgGraphCommand.class.getPackage().getImplementationVersion();
            return new String[] {"OrgGraph " + (version == null ? "(not run from the jar: no version)" : version),
                    "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
