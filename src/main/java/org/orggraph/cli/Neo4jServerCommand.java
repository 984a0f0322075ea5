package org.orggraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.orggraph.graph.EmbeddedNeo4j;
import org.orggraph.graph.EmbeddedNeo4jProperties;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code java -jar orggraph.jar neo4j-server [--data-dir DIR] [--bolt-port P]}: only the database, as its own
 * process, for several app instances started with {@code orggraph.embedded.enabled=false} and
 * {@code spring.neo4j.uri=bolt://127.0.0.1:P}. Runs until stopped; SIGTERM (or Ctrl+C) shuts Neo4j down cleanly.
 */
@Command(name = Neo4jServerCommand.NAME, mixinStandardHelpOptions = true,
        versionProvider = OrgGraphCommand.Version.class,
        description = {"Starts only the database: the embedded Neo4j with Bolt (on 127.0.0.1), APOC and GDS, for"
                + " app instances started with --orggraph.embedded.enabled=false --spring.neo4j.uri=bolt://127.0.0.1:P."
                + " The instances apply the schema migrations and load the reference data.",
                "Runs until stopped (SIGTERM or Ctrl+C), then shuts Neo4j down cleanly."},
        footer = {"", SpringProperties.HELP}, exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:stopped", "1:the database failed to start (the log says why)",
                "2:a mistake on the command line"})
public final class Neo4jServerCommand implements Callable<Integer> {

    public static final String NAME = "neo4j-server";

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "folder of the store, its logs and the generated credentials (default ./data); the same as"
                    + " --orggraph.embedded.data-dir=DIR")
    private Path dataDir;

    @Option(names = "--bolt-port", paramLabel = "P",
            description = "Bolt port on 127.0.0.1, 0 picks a free one (default 7687); the same as"
                    + " --orggraph.embedded.bolt-port=P")
    private Integer boltPort;

    /** The database's properties, {@code --orggraph.embedded.page-cache=2g}: see {@link SpringProperties}. */
    @Unmatched
    private List<String> unmatched = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        List<String> springArgs = springArguments();
        CountDownLatch closed = new CountDownLatch(1);
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(Neo4jServerConfiguration.class)
                    .web(WebApplicationType.NONE)
                    .listeners(event -> {
                        if (event instanceof ContextClosedEvent) {
                            closed.countDown();
                        }
                    })
                    .run(springArgs.toArray(String[]::new));
        } catch (RuntimeException e) {
            // Spring Boot has logged the failure with its cause.
            return 1;
        }
        EmbeddedNeo4j neo4j = context.getBean(EmbeddedNeo4j.class);
        try {
            // the bean starts on request (the app starts it as a phase after its web server is up)
            neo4j.start();
            neo4j.registerProcedures();
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("The database did not start: " + e.getMessage());
            context.close();
            return 1;
        }
        EmbeddedNeo4jProperties properties = context.getBean(EmbeddedNeo4jProperties.class);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Neo4j listens on " + neo4j.boltUri() + " (user '" + neo4j.credentials().username() + "')");
        out.println(Files.exists(properties.credentialsFile())
                ? "Password: in " + properties.credentialsFile().toAbsolutePath()
                : "Password: the one set with orggraph.embedded.password");
        out.println("App instances: --orggraph.embedded.enabled=false --spring.neo4j.uri=" + neo4j.boltUri()
                + " --spring.neo4j.authentication.username=" + neo4j.credentials().username()
                + " --spring.neo4j.authentication.password=…");
        out.println("Stop with SIGTERM or Ctrl+C.");
        out.flush();
        // Spring's shutdown hook closes the context on SIGTERM, and with it Neo4j.
        closed.await();
        return 0;
    }

    /** The options as the properties they stand for, then the properties given. */
    List<String> springArguments() {
        List<String> springArgs = new ArrayList<>();
        if (dataDir != null) {
            springArgs.add("--orggraph.embedded.data-dir=" + dataDir);
        }
        if (boltPort != null) {
            if (boltPort < 0 || boltPort > 65535) {
                throw new ParameterException(spec.commandLine(),
                        "Invalid value for option '--bolt-port': " + boltPort + " is not from 0 to 65535");
            }
            springArgs.add("--orggraph.embedded.bolt-port=" + boltPort);
        }
        springArgs.addAll(SpringProperties.of(spec, unmatched));
        return springArgs;
    }
}
