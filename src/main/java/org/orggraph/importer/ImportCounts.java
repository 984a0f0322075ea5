package org.orggraph.importer;

/** What an import does to the rows of one type: created, updated (some value differs), unchanged. */
public record ImportCounts(int created, int updated, int unchanged) {

    ImportCounts plus(ImportCounts other) {
        return new ImportCounts(created + other.created, updated + other.updated, unchanged + other.unchanged);
    }
}
