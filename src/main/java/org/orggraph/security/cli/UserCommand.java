package org.orggraph.security.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.orggraph.api.Role;
import org.orggraph.cli.CommandDatabase;
import org.orggraph.cli.SpringProperties;
import org.orggraph.graph.BoltUsers;
import org.orggraph.security.UserFile;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code java -jar orggraph.jar user add|list|remove}: the users kept in {@code <data-dir>/users} (owner-only,
 * passwords as bcrypt hashes). The password is read from a file, never from the command line, where it would be
 * visible to every user of the machine and kept in shell histories. Works while the app runs: each login reads the
 * file.
 */
@Command(name = UserCommand.NAME, mixinStandardHelpOptions = true,
        description = "Adds, lists and removes the users who log in to OrgGraph (kept hashed in DATA-DIR/users).",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Remove.class})
public final class UserCommand implements Runnable {

    public static final String NAME = "user";
    static final int MIN_PASSWORD = 8;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The data dir of the app; the same property name as the app's, so one value serves both. */
    static final class DataDir {
        @Option(names = {"--data-dir", "--orggraph.embedded.data-dir"}, paramLabel = "DIR", defaultValue = "./data",
                description = "the app's data dir (default ./data)")
        Path dir;

        UserFile users() {
            return UserFile.in(dir);
        }
    }

    /** {@code --bolt}: the user's own Neo4j user too, for Cypher over Bolt. */
    static final class Bolt {
        @Option(names = "--bolt", description = "also a Neo4j user of this name and password, read-only, for Neo4j"
                + " Browser and the cypher command (analysts; the database is reached as the cypher command does)")
        boolean wanted;

        void users(CommandSpec spec, DataDir data, List<String> unmatched, Consumer<BoltUsers> change) {
            List<String> args = new ArrayList<>();
            args.add("--orggraph.embedded.data-dir=" + data.dir);
            args.addAll(SpringProperties.of(spec, unmatched));
            try (ConfigurableApplicationContext context = CommandDatabase.open(BoltUserConfiguration.class, args,
                    notice -> spec.commandLine().getErr().println("user: " + notice))) {
                change.accept(new BoltUsers(context.getBean(Driver.class)));
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds a user, or gives an existing one a new password and roles.")
    static final class Add implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "the user name (letters, digits, . _ @ -)")
        String name;

        @Option(names = "--role", paramLabel = "ROLE", required = true,
                description = "VIEWER, PLANNER, EDITOR, ANALYST or ADMIN; repeat for several")
        List<Role> roles;

        @Option(names = "--password-file", paramLabel = "FILE", required = true,
                description = "a file whose first line is the password (at least " + MIN_PASSWORD + " characters)")
        Path passwordFile;

        @picocli.CommandLine.Mixin
        DataDir data;

        @picocli.CommandLine.Mixin
        Bolt bolt;

        /** The app's properties, for {@code --bolt}: see {@link SpringProperties}. */
        @Unmatched
        List<String> unmatched = new ArrayList<>();

        @Override
        public Integer call() {
            // Only the app's properties may be left over, and only --bolt uses them.
            SpringProperties.of(spec, unmatched);
            if (bolt.wanted && !EnumSet.copyOf(roles).equals(EnumSet.of(Role.ANALYST))) {
                throw new ParameterException(spec.commandLine(),
                        "--bolt is for analysts: a Neo4j user reads only, give --role ANALYST alone");
            }
            if (!UserFile.NAME.matcher(name).matches()) {
                throw new ParameterException(spec.commandLine(),
                        "A user name has 1 to 64 letters, digits or . _ @ - (got '" + name + "')");
            }
            String password = password();
            if (bolt.wanted) {
                // First: the database may be unreachable, and then nothing is changed.
                bolt.users(spec, data, unmatched, users -> users.put(name, password));
                spec.commandLine().getOut().println("Neo4j user " + name + " (read-only) can log in over Bolt");
            }
            String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password);
            UserFile users = data.users();
            boolean existed = users.find(name).isPresent();
            users.put(new UserFile.StoredUser(name, hash, EnumSet.copyOf(roles)));
            spec.commandLine().getOut().println((existed ? "Updated" : "Added") + " user " + name + " ("
                    + roles.stream().map(Role::name).distinct().collect(Collectors.joining(", ")) + ") in "
                    + users.path().toAbsolutePath());
            return 0;
        }

        private String password() {
            List<String> lines;
            try {
                lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "Cannot read the password file " + passwordFile
                        + ": " + e.getMessage());
            }
            String password = lines.isEmpty() ? "" : lines.get(0);
            if (password.length() < MIN_PASSWORD) {
                throw new ParameterException(spec.commandLine(), "The password in " + passwordFile
                        + " must have at least " + MIN_PASSWORD + " characters on its first line");
            }
            return password;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the users and their roles.")
    static final class ListUsers implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        DataDir data;

        @Override
        public Integer call() {
            data.users().all().values().forEach(user -> spec.commandLine().getOut().println(user.name() + "\t"
                    + user.roles().stream().map(Role::name).collect(Collectors.joining(","))));
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes a user.",
            exitCodeListHeading = "%nExit status:%n", exitCodeList = {"0:removed", "1:there is no such user"})
    static final class Remove implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "the user name")
        String name;

        @picocli.CommandLine.Mixin
        DataDir data;

        @picocli.CommandLine.Mixin
        Bolt bolt;

        /** The app's properties, for {@code --bolt}: see {@link SpringProperties}. */
        @Unmatched
        List<String> unmatched = new ArrayList<>();

        @Override
        public Integer call() {
            if (bolt.wanted) {
                boolean[] removed = new boolean[1];
                bolt.users(spec, data, unmatched, users -> removed[0] = users.remove(name));
                spec.commandLine().getOut().println(removed[0] ? "Removed Neo4j user " + name
                        : "There was no Neo4j user " + name);
            }
            if (!data.users().remove(name)) {
                spec.commandLine().getErr().println("user: there is no user " + name + " in "
                        + data.users().path().toAbsolutePath());
                return 1;
            }
            spec.commandLine().getOut().println("Removed user " + name);
            return 0;
        }
    }
}
