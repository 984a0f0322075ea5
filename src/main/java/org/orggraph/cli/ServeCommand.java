package org.orggraph.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.orggraph.OrgGraphApplication;
import org.orggraph.startup.StartupProgress;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code java -jar orggraph.jar [serve] [--scale N] [--name=value]...}: starts the app, the default command.
 */
@Command(name = ServeCommand.NAME, mixinStandardHelpOptions = true, versionProvider = OrgGraphCommand.Version.class,
        description = {"Starts OrgGraph: the embedded Neo4j (its store in ./data), the GraphQL API, GraphiQL and Neo4j"
                + " Browser, on port 8080. The first start creates the store and loads the Heshan reference data.",
                "The default command: 'java -jar orggraph.jar --server.port=9090' means 'serve --server.port=9090'."},
        footer = {"", SpringProperties.HELP}, exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the app is running (it runs until stopped)", "1:the app failed to start (the log says why)",
                "2:a mistake on the command line"})
public final class ServeCommand implements Callable<Integer> {

    public static final String NAME = "serve";

    @Option(names = "--scale", paramLabel = "N",
            description = "multiplies the Heshan population, keeping its structure (for benchmarks; default 1);"
                    + " the same as --orggraph.sample-scale=N")
    private Integer scale;

    /** The app's properties, {@code --server.port=9090}: see {@link SpringProperties}. */
    @Unmatched
    private List<String> unmatched = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    private ConfigurableApplicationContext context;

    @Override
    public Integer call() {
        String[] springArgs = springArguments().toArray(String[]::new);
        try {
            context = SpringApplication.run(OrgGraphApplication.class, springArgs);
        } catch (RuntimeException e) {
            // Spring Boot has logged the failure with its cause.
            return 1;
        }
        return awaitStart();
    }

    /**
     * The web server is up, the database and the reference data come after it: 1 when that part of the start failed
     * (its failure screen has been shown and the app closed), so that the process ends with that status.
     */
    private int awaitStart() {
        StartupProgress progress = context.getBeanProvider(StartupProgress.class).getIfAvailable();
        if (progress == null) {
            return 0;
        }
        try {
            while (context.isActive()) {
                StartupProgress.Status status = progress.awaitOutcome(Duration.ofSeconds(1));
                if (status.state() != StartupProgress.State.STARTING) {
                    return status.state() == StartupProgress.State.FAILED ? 1 : 0;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return context.isActive() ? 0 : 1;
    }

    /** The arguments for Spring: {@code --scale} as the property it stands for, then the properties given. */
    List<String> springArguments() {
        List<String> springArgs = new ArrayList<>();
        if (scale != null) {
            springArgs.add("--orggraph.sample-scale=" + scale);
        }
        springArgs.addAll(SpringProperties.of(spec, unmatched));
        return springArgs;
    }

    /** Whether the app was started and is still up: then the process must not exit when the command returns. */
    public boolean running() {
        return context != null && context.isActive();
    }
}
