package org.orggraph.backup;

import java.io.PrintStream;
import java.util.List;

import org.neo4j.driver.Driver;
import org.orggraph.audit.AuditTrail;

/**
 * The audit trail's entry of a backup or restore, made by whoever runs the command on this machine. A database that
 * takes no writes (a read replica, a read-only store) still gets backed up: the entry is then only missed, and said so.
 */
final class CommandAudit {

    static final String ORIGIN = "command line";

    private CommandAudit() {
    }

    static void record(Driver driver, String action, String outcome, PrintStream err) {
        try {
            AuditTrail.writingOnly(driver).record("cli:" + System.getProperty("user.name"), action, outcome, List.of(), ORIGIN);
        } catch (RuntimeException e) {
            err.println(action + ": not recorded in the audit trail (" + e.getMessage() + ")");
        }
    }
}
