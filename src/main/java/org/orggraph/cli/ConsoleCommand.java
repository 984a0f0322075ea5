package org.orggraph.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import picocli.CommandLine;

/**
 * A command of the jar that prints its result on stdout and everything else on stderr: Spring and Neo4j log to
 * {@code System.out}, which is sent to stderr while the command runs, so stdout holds the result alone and can be
 * piped. Tests give their own streams and run the command alone with {@link #run}.
 */
public abstract class ConsoleCommand implements Callable<Integer> {

    private final PrintStream out;
    private final PrintStream err;

    /** {@code out} and {@code err} both null: the process's stdout and stderr. */
    protected ConsoleCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Parses the arguments and runs the command on its own (not under {@code orggraph}); returns the exit status. */
    public int run(String... args) {
        CommandLine cli = OrgGraphCommand.configure(new CommandLine(this));
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        if (out != null) {
            return execute(out, err);
        }
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        try {
            return execute(stdout, System.err);
        } finally {
            stdout.flush();
        }
    }

    /** Runs the command; returns the exit status. */
    protected abstract int execute(PrintStream out, PrintStream err);
}
