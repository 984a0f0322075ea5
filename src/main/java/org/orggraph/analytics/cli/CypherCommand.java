package org.orggraph.analytics.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.orggraph.analytics.CypherQueryException;
import org.orggraph.analytics.CypherScript;
import org.orggraph.analytics.QueryResult;
import org.orggraph.analytics.ReadOnlyCypher;
import org.orggraph.analytics.ResultFormat;
import org.orggraph.analytics.cli.CypherArguments.UsageException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * {@code java -jar orggraph.jar cypher (FILE | -e QUERY) [--param k=v] [--format table|csv|json]}: runs read-only
 * Cypher against the embedded database or the configured Neo4j and prints the results. Every failure is one clear
 * message on stderr and a non-zero exit status: 2 for a mistake on the command line, 1 for everything else.
 */
public final class CypherCommand {

    public static final String NAME = "cypher";
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;

    public CypherCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The command's process entry point: results on stdout, and everything else, logging included, on stderr. */
    public static void main(String[] args) {
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        int status = new CypherCommand(stdout, System.err).run(args);
        stdout.flush();
        System.exit(status);
    }

    /** Parses the arguments, opens the database the configuration names, runs the script and prints it. */
    public int run(String[] args) {
        CypherArguments arguments;
        String script;
        try {
            arguments = CypherArguments.parse(args);
            if (arguments.help()) {
                out.print(CypherArguments.USAGE);
                return OK;
            }
            script = script(arguments);
        } catch (UsageException e) {
            err.println("cypher: " + e.getMessage());
            err.println("Run 'java -jar orggraph.jar cypher --help' for the options.");
            return USAGE;
        }
        try (ConfigurableApplicationContext context = openDatabase(arguments.springArgs())) {
            return run(new ReadOnlyCypher(context.getBean(Driver.class), arguments.limits()), script, arguments);
        } catch (RuntimeException e) {
            err.println("cypher: " + DatabaseProblem.describe(e));
            return FAILED;
        }
    }

    /** Runs the statements one after the other, printing each result as soon as it is complete. */
    private int run(ReadOnlyCypher cypher, String script, CypherArguments arguments) {
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

    private static String script(CypherArguments arguments) {
        if (arguments.query() != null) {
            return arguments.query();
        }
        try {
            return Files.readString(arguments.file(), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return packaged(arguments.file())
                    .orElseThrow(() -> new UsageException("no such file: " + arguments.file().toAbsolutePath()));
        } catch (IOException e) {
            throw new UsageException("cannot read " + arguments.file().toAbsolutePath() + ": " + e.getMessage());
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

    private static ConfigurableApplicationContext openDatabase(List<String> springArgs) {
        // Defaults only: anything on the command line wins.
        Map<String, Object> defaults = Map.of(
                "spring.main.banner-mode", "off",
                "spring.main.log-startup-info", "false",
                "spring.neo4j.authentication.username", "neo4j");
        // Quiet logging, above application.yml (which asks for more) but below what the user passes.
        Map<String, Object> quiet = new LinkedHashMap<>();
        quiet.put("logging.level.root", "WARN");
        quiet.put("logging.level.org.neo4j", "ERROR");
        quiet.put("logging.level.org.neo4j.driver", "ERROR");
        // A failed start is reported in one line by DatabaseProblem, not as Spring's stack trace.
        quiet.put("logging.level.org.springframework", "ERROR");
        quiet.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
        springArgs.forEach(arg -> quiet.keySet().removeIf(key -> arg.startsWith("--" + key + "=")));
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("cypher-command-logging", quiet));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CypherCommandConfiguration.class)
                .web(WebApplicationType.NONE)
                .environment(environment)
                .properties(defaults)
                .registerShutdownHook(false)
                .run(springArgs.toArray(String[]::new));
        try {
            // Fail fast on a wrong address or password instead of retrying the first statement for 30 s.
            context.getBean(Driver.class).verifyConnectivity();
            return context;
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }
}
