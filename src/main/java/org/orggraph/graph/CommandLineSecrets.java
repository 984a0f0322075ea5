package org.orggraph.graph;

import java.util.regex.Pattern;

/**
 * Neo4j writes every system property into its {@code debug.log} at start, {@code sun.java.command} among them:
 * the whole command line, so {@code --orggraph.embedded.password=…} given there would be kept in a log file. The
 * README never puts a password on the command line; this takes the values of such arguments out of that property
 * before Neo4j reads it, for whoever does anyway.
 */
final class CommandLineSecrets {

    static final String JAVA_COMMAND = "sun.java.command";

    /** {@code --name=value} or {@code -Dname=value} whose name mentions a password, secret, key or token. */
    private static final Pattern SECRET_ARGUMENT = Pattern.compile(
            "(?i)(-{1,2}D?[\\w.\\-\\[\\]]*(password|secret|token|credential|private-key)[\\w.\\-\\[\\]]*=)\\S*");

    private CommandLineSecrets() {
    }

    static String redact(String commandLine) {
        return commandLine == null ? null : SECRET_ARGUMENT.matcher(commandLine).replaceAll("$1***");
    }

    /** Redacts the JVM's record of its command line, which Neo4j's diagnostics would otherwise log. */
    static void redactJavaCommand() {
        String command = System.getProperty(JAVA_COMMAND);
        String redacted = redact(command);
        if (command != null && !command.equals(redacted)) {
            System.setProperty(JAVA_COMMAND, redacted);
        }
    }
}
