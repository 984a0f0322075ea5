package org.orggraph.importer;

/** A file that cannot be read at all (bad encoding, not JSON, not an XLSX workbook): one error for the file. */
class ImportProblem extends RuntimeException {

    private final transient ImportError error;

    ImportProblem(ImportError error) {
        super(error.code());
        this.error = error;
    }

    ImportError error() {
        return error;
    }
}
