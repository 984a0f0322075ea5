package org.orggraph.importer;

import java.io.PrintStream;

/**
 * A one-line progress bar on the terminal, redrawn with a carriage return: nodes and relationships written, per
 * second, and the time left. Not "rows": the write also holds the import's ChangeEvent and a CHANGED link to every
 * node it touched, so its total is larger than the rows the report counts (1,816 against the 1,441 rows of
 * samples/, which read as a contradiction in the new user's trial, docs/import-format.md).
 * Drawn at most every 200 ms.
 */
final class TerminalProgress implements ImportProgress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private long total;
    private long done;
    private long started;
    private long lastDrawn;

    TerminalProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void start(long total) {
        this.total = total;
        this.started = System.nanoTime();
        draw();
    }

    @Override
    public void advance(long rows) {
        done += rows;
        if (System.nanoTime() - lastDrawn > 200_000_000L) {
            draw();
        }
    }

    @Override
    public void finish() {
        done = total;
        draw();
        out.println();
    }

    private void draw() {
        lastDrawn = System.nanoTime();
        double seconds = Math.max(1e-3, (lastDrawn - started) / 1e9);
        long rate = (long) (done / seconds);
        int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
        long eta = rate == 0 ? 0 : (total - done) / rate;
        out.printf("\r[%s%s] %,d/%,d nodes and relationships written  %,d/s  ETA %d:%02d ", "#".repeat(filled),
                " ".repeat(WIDTH - filled), done, total, rate, eta / 60, eta % 60);
        out.flush();
    }
}
