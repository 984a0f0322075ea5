package org.orggraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.orggraph.graph.EmbeddedCredentials;
import org.orggraph.graph.EmbeddedNeo4jProperties;
import org.orggraph.graph.StoreChecks;
import org.orggraph.startup.StartupProblem;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The database of a command that is not the app ({@code cypher}, {@code import}, {@code export}): a small Spring
 * context of the command's configuration, quiet, from the app's properties. When the embedded store is held by a
 * running OrgGraph (its lock is tried at once, no 14 s of Neo4j start-up), the command talks to that OrgGraph over
 * Bolt instead, with the password of {@code <data-dir>/credentials} and the port of {@code <data-dir>/bolt-port}.
 */
public final class CommandDatabase {

    private CommandDatabase() {
    }

    /** An open context with a connected {@link Driver}; {@code notice} hears which database it is. */
    public static ConfigurableApplicationContext open(Class<?> configuration, List<String> springArgs,
            java.util.function.Consumer<String> notice) {
        List<String> args = new ArrayList<>(springArgs);
        args.addAll(runningInstead(springArgs, notice));
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
        // A failed start is reported in one line by the command, not as Spring's stack trace.
        quiet.put("logging.level.org.springframework", "ERROR");
        quiet.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
        quiet.put("logging.level.ac.simons.neo4j.migrations", "ERROR");
        args.forEach(arg -> quiet.keySet().removeIf(key -> arg.startsWith("--" + key + "=")));
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("command-logging", quiet));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(configuration)
                .web(WebApplicationType.NONE)
                .environment(environment)
                .properties(defaults)
                .registerShutdownHook(false)
                .run(args.toArray(String[]::new));
        try {
            // Fail fast on a wrong address or password instead of retrying the first statement for 30 s.
            context.getBean(Driver.class).verifyConnectivity();
            return context;
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    /**
     * The properties that point the command at the running OrgGraph when its embedded store is locked; none when the
     * store is free, embedded mode is off, or a {@code spring.neo4j.uri} is given.
     */
    static List<String> runningInstead(List<String> springArgs, java.util.function.Consumer<String> notice) {
        EmbeddedNeo4jProperties properties = embeddedStore(springArgs);
        if (properties == null) {
            return List.of();
        }
        try {
            StoreChecks.requireUnlocked(properties.dataDir().toAbsolutePath().normalize());
            return List.of();
        } catch (StartupProblem locked) {
            int port = boltPort(properties);
            boolean configured = properties.password() != null && !properties.password().isBlank();
            if (!configured && !Files.exists(properties.credentialsFile())) {
                throw new IllegalStateException(locked.getMessage() + " There is no " + properties.credentialsFile()
                        + " to connect to it with: pass --orggraph.embedded.password=PASSWORD (the one it runs with).");
            }
            EmbeddedCredentials credentials = EmbeddedCredentials.resolve(properties);
            notice.accept("The database in " + properties.dataDir().toAbsolutePath().normalize()
                    + " is in use by a running OrgGraph: connecting to it at bolt://127.0.0.1:" + port + ".");
            return List.of("--orggraph.embedded.enabled=false",
                    "--spring.neo4j.uri=bolt://127.0.0.1:" + port,
                    "--spring.neo4j.authentication.username=" + credentials.username(),
                    "--spring.neo4j.authentication.password=" + credentials.password());
        }
    }

    /**
     * For a command that must have the embedded store to itself ({@code restore} replaces the graph under it):
     * refuses with the reason when a running OrgGraph (or another process) holds it.
     *
     * @throws StartupProblem naming the process that holds the store
     */
    public static void requireNotRunning(List<String> springArgs) {
        EmbeddedNeo4jProperties properties = embeddedStore(springArgs);
        if (properties != null) {
            StoreChecks.requireUnlocked(properties.dataDir().toAbsolutePath().normalize());
        }
    }

    /** The embedded store the arguments name; null when embedded mode is off or a {@code spring.neo4j.uri} is given. */
    private static EmbeddedNeo4jProperties embeddedStore(List<String> springArgs) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(
                new SimpleCommandLinePropertySource(springArgs.toArray(String[]::new)));
        Binder binder = Binder.get(environment);
        boolean embedded = binder.bind("orggraph.embedded.enabled", Boolean.class).orElse(true);
        if (!embedded || binder.bind("spring.neo4j.uri", String.class).isBound()) {
            return null;
        }
        return binder.bind("orggraph.embedded", EmbeddedNeo4jProperties.class)
                .orElseGet(() -> new EmbeddedNeo4jProperties(true, java.nio.file.Path.of("./data"), 7687, null, "512m",
                        EmbeddedNeo4jProperties.Access.IN_PROCESS,
                        EmbeddedNeo4jProperties.Access.IN_PROCESS));
    }

    private static int boltPort(EmbeddedNeo4jProperties properties) {
        try {
            return Integer.parseInt(Files.readString(properties.boltPortFile()).strip());
        } catch (IOException | NumberFormatException e) {
            return properties.boltPort();
        }
    }
}
