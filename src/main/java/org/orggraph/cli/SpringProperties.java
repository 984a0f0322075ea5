package org.orggraph.cli;

import java.util.List;
import java.util.regex.Pattern;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The app's configuration properties on a command that starts Spring, given as Spring Boot takes them:
 * {@code --server.port=9090}, {@code --orggraph.embedded.data-dir=/var/lib/orggraph}. Such a command collects what
 * none of its options matched in an {@code @Unmatched} list: the arguments that look like a property (a dotted name,
 * {@code =}, a value) are passed on to Spring, anything else is a mistake, reported with the options it resembles.
 */
public final class SpringProperties {

    /** For the commands' usage help. */
    public static final String HELP = "--NAME=VALUE with a dotted NAME sets a property of the app (application.yml,"
            + " README: Configuration), e.g. --server.port=9090 or --orggraph.embedded.data-dir=/var/lib/orggraph.";

    /** A dotted name and a value, or Spring Boot's own switches {@code --debug} and {@code --trace}. */
    private static final Pattern PROPERTY = Pattern.compile(
            "--[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z0-9_\\[\\]-]+)+=.*|--(debug|trace)(=(true|false))?", Pattern.DOTALL);

    private SpringProperties() {
    }

    /**
     * The properties among the command's unmatched arguments, in the order given.
     *
     * @throws UnmatchedArgumentException for an unmatched argument that is no property: picocli's usage error, which
     *                                    names the options that resemble it
     */
    public static List<String> of(CommandSpec command, List<String> unmatched) {
        List<String> mistakes = unmatched.stream().filter(arg -> !PROPERTY.matcher(arg).matches()).toList();
        if (!mistakes.isEmpty()) {
            throw new UnmatchedArgumentException(command.commandLine(), mistakes);
        }
        return List.copyOf(unmatched);
    }
}
