package org.orggraph.importer;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The progress of an import sent over HTTP, in the log: one line per slice of rows sent into the import's
 * transaction, so that an operator sees a long import advance, and that nothing of it is committed until its
 * transaction ends. Slices are the loader's batch size (10,000 rows): a big import writes a line every second or so.
 */
final class LoggedProgress implements ImportProgress {

    private static final Logger log = LoggerFactory.getLogger(LoggedProgress.class);

    private final String files;
    private long total;
    private long sent;

    LoggedProgress(List<SourceFile> files) {
        // File names are the uploader's: no line breaks or other control characters into the log.
        this.files = String.join(", ", files.stream().map(f -> f.name().replaceAll("\\p{Cntrl}", "?")).toList());
    }

    @Override
    public void start(long total) {
        this.total = total;
        log.info("Import of {}: writing {} rows in one transaction", files, total);
    }

    @Override
    public void advance(long rows) {
        sent += rows;
        log.info("Import of {}: {} of {} rows written, not committed yet", files, sent, total);
    }

    @Override
    public void finish() {
        // Also after a rollback (too big for one transaction): the report says which.
        log.info("Import of {}: its transaction ended after {} of {} rows", files, sent, total);
    }
}
