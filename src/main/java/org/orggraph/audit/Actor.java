package org.orggraph.audit;

import java.security.Principal;

/**
 * Who does what the trail records, and from where: a logged-in caller of the HTTP API (its user name and address),
 * or whoever runs a command of the jar on the machine (the operating-system user; no address).
 */
public record Actor(String name, String origin) {

    public static final String COMMAND_LINE = "command line";

    /** The caller of an HTTP request; {@code principal} is null only where no login is required. */
    public static Actor of(Principal principal, String remoteAddress) {
        return new Actor(principal == null ? "(anonymous)" : principal.getName(), remoteAddress);
    }

    /** The user running {@code java -jar orggraph.jar import|export …}. */
    public static Actor commandLine() {
        return new Actor(System.getProperty("user.name", "(unknown)"), COMMAND_LINE);
    }
}
