package org.orggraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orggraph.OrgGraphApplication;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar orggraph.jar …} as a new user meets it: help for the jar and each command, answered without
 * starting anything; a mistyped option named together with the valid ones; the app's properties passed to Spring.
 */
public class OrgGraphCommandTest {

    /** What a run of the command line gave: its exit status and what it printed. */
    public record Run(int status, String out, String err) {
    }

    /** Runs the jar's command line in this JVM, as {@code java -jar orggraph.jar ARGS} would. */
    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = OrgGraphCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int status = OrgGraphCommand.execute(cli, args);
        assertThat(OrgGraphCommand.serving(cli)).isFalse();
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void helpListsTheCommandsAndTheirOptions() {
        for (String help : List.of("--help", "-h", "help")) {
            Run run = run(help);

            assertThat(run.status()).as(help).isZero();
            assertThat(run.out()).as(help).contains("Usage: java -jar orggraph.jar")
                    .containsPattern("(?m)^  serve  ").containsPattern("(?m)^  cypher  ").containsPattern("(?m)^  import  ")
                    .containsPattern("(?m)^  export  ").containsPattern("(?m)^  help  ")
                    .contains("serve [-hV] [--scale=N] [--NAME=VALUE]...")
                    .contains("[-e=QUERY]", "[--format=FORMAT]", "[--limit=ROWS]", "[--timeout=DURATION]",
                            "[-P=name=value]...", "[FILE...]")
                    .contains("--version");
            assertThat(run.err()).isEmpty();
        }
    }

    @Test
    void eachCommandHasHelp() {
        Run cypher = run("cypher", "--help");
        assertThat(cypher.status()).isZero();
        assertThat(cypher.out()).contains("Usage: java -jar orggraph.jar cypher").contains("-e, --execute=QUERY",
                "-P, --param=name=value", "--format=FORMAT", "--timeout=DURATION", "--limit=ROWS", "[FILE...]",
                "--spring.neo4j.uri=bolt://HOST:PORT", "Exit status:");

        Run serve = run("serve", "--help");
        assertThat(serve.status()).isZero();
        assertThat(serve.out()).contains("Usage: java -jar orggraph.jar serve").contains("--scale=N", "--server.port=9090");

        assertThat(run("help", "cypher").out()).isEqualTo(cypher.out());

        Run server = run("neo4j-server", "--help");
        assertThat(server.status()).isZero();
        assertThat(server.out()).contains("Usage: java -jar orggraph.jar neo4j-server")
                .contains("--data-dir=DIR", "--bolt-port=P", "SIGTERM");
    }

    @Test
    void aMistypedOptionIsAUsageErrorThatNamesTheValidOnes() {
        Run typo = run("cypher", "-e", "RETURN 1", "--formt", "csv");
        assertThat(typo.status()).isEqualTo(OrgGraphCommand.USAGE).isEqualTo(2);
        assertThat(typo.err()).contains("Unknown option: '--formt'").contains("Did you mean --format?")
                .contains("-e/--execute, -P/--param, --format, --timeout, --limit")
                .contains("java -jar orggraph.jar cypher --help");
        assertThat(typo.out()).isEmpty();

        Run bogus = run("--bogus");
        assertThat(bogus.status()).isEqualTo(2);
        assertThat(bogus.err()).contains("Unknown option: '--bogus'").contains("--scale, -h/--help, -V/--version");

        Run command = run("cyphr", "-e", "RETURN 1");
        assertThat(command.status()).isEqualTo(2);
        assertThat(command.err()).contains("'cyphr'").contains("Did you mean cypher?")
                .contains("serve, cypher, import, export, user, neo4j-server, backup, restore, load, bench, help");

        Run property = run("cypher", "-e", "RETURN 1", "--spring.neo4j.uri");
        assertThat(property.status()).as("a property needs =VALUE").isEqualTo(2);
        assertThat(property.err()).contains("Unknown option: '--spring.neo4j.uri'");
    }

    @Test
    void serveIsTheDefaultAndTakesTheAppsPropertiesAndTheScaleAlias() {
        CommandLine cli = OrgGraphCommand.commandLine();
        assertThat(OrgGraphCommand.withDefaultCommand(cli, new String[0])).containsExactly("serve");
        assertThat(OrgGraphCommand.withDefaultCommand(cli, new String[] {"--server.port=9090"}))
                .containsExactly("serve", "--server.port=9090");
        assertThat(OrgGraphCommand.withDefaultCommand(cli, new String[] {"--help"})).containsExactly("--help");
        assertThat(OrgGraphCommand.withDefaultCommand(cli, new String[] {"cypher", "-e", "RETURN 1"}))
                .containsExactly("cypher", "-e", "RETURN 1");

        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--server.port=9090", "--scale", "10",
                "--orggraph.embedded.data-dir=/var/lib/orggraph", "--logging.level.org.neo4j=DEBUG", "--debug");
        assertThat(serve.springArguments()).containsExactly("--orggraph.sample-scale=10", "--server.port=9090",
                "--orggraph.embedded.data-dir=/var/lib/orggraph", "--logging.level.org.neo4j=DEBUG", "--debug");

        Neo4jServerCommand server = new Neo4jServerCommand();
        new CommandLine(server).parseArgs("--data-dir", "/srv/graph", "--bolt-port=7688",
                "--orggraph.embedded.page-cache=2g");
        assertThat(server.springArguments()).containsExactly("--orggraph.embedded.data-dir=/srv/graph",
                "--orggraph.embedded.bolt-port=7688", "--orggraph.embedded.page-cache=2g");

        ServeCommand inline = new ServeCommand();
        new CommandLine(inline).parseArgs("--scale=3");
        assertThat(inline.springArguments()).containsExactly("--orggraph.sample-scale=3");
    }

    /** The jar's main, in a fresh JVM in an empty folder: help starts neither Spring nor Neo4j. */
    @Test
    void helpInAFreshProcessAnswersAtOnceAndCreatesNoDataDir(@TempDir Path folder)
            throws IOException, InterruptedException {
        for (List<String> args : List.of(List.of("--help"), List.of("-h"), List.of("help"), List.of("cypher", "--help"),
                List.of("serve", "--help"), List.of("--version"))) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), OrgGraphApplication.class.getName()));
            command.addAll(args);
            Path out = folder.resolve("out.txt");
            Path err = folder.resolve("err.txt");
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            assertThat(process.waitFor(1, TimeUnit.MINUTES)).as(args.toString()).isTrue();
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(process.exitValue()).as(args + ": " + Files.readString(err)).isZero();
            assertThat(Files.readString(out, StandardCharsets.UTF_8)).as(args.toString())
                    .containsAnyOf("Usage: java -jar orggraph.jar", "OrgGraph ");
            assertThat(Files.readString(err)).as(args.toString()).isEmpty();
            assertThat(folder.resolve("data")).as(args.toString()).doesNotExist();
            System.out.println("orggraph " + String.join(" ", args) + ": " + millis + " ms");
        }
    }
}
