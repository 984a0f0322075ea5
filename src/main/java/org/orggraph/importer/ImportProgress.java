package org.orggraph.importer;

/** Hears how far a write has got: the command line draws a progress bar from it. */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void start(long total) {
        }

        @Override
        public void advance(long rows) {
        }

        @Override
        public void finish() {
        }
    };

    void start(long total);

    void advance(long rows);

    void finish();
}
