package org.orggraph;

import java.util.ArrayList;
import java.util.List;

/**
 * Short command-line options the README promises, translated into the Spring properties they stand for,
 * so that {@code java -jar orggraph.jar --scale 10} means {@code --orggraph.sample-scale=10}.
 */
final class CommandLineAliases {

    private CommandLineAliases() {
    }

    static String[] expand(String[] args) {
        List<String> expanded = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--scale")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--scale needs a number, e.g. --scale 10");
                }
                expanded.add("--orggraph.sample-scale=" + args[++i]);
            } else if (arg.startsWith("--scale=")) {
                expanded.add("--orggraph.sample-scale=" + arg.substring("--scale=".length()));
            } else {
                expanded.add(arg);
            }
        }
        return expanded.toArray(String[]::new);
    }
}
