package org.orggraph.bench;

import java.io.PrintStream;
import java.util.Locale;

/**
 * One line on the terminal, redrawn in place ({@code \r}): {@code [#####-----] 3/16 search  GraphQL  45%}.
 */
final class ProgressBar implements BenchRunner.Progress {

    private static final int WIDTH = 30;

    private final PrintStream terminal;
    private String last = "";

    ProgressBar(PrintStream terminal) {
        this.terminal = terminal;
    }

    @Override
    public synchronized void at(int caseIndex, int caseCount, String name, String side, double fraction) {
        double whole = (caseIndex + fraction) / caseCount;
        int filled = (int) Math.round(whole * WIDTH);
        String line = String.format(Locale.ROOT, "[%s%s] %d/%d %-36s %-9s %3d%%", "#".repeat(filled),
                "-".repeat(WIDTH - filled), caseIndex + 1, caseCount, name, side, Math.round(fraction * 100));
        if (!line.equals(last)) {
            terminal.print("\r" + line);
            terminal.flush();
            last = line;
        }
    }

    /** Ends the line, so that what is printed next starts on its own. */
    synchronized void done() {
        terminal.println();
        last = "";
    }
}
