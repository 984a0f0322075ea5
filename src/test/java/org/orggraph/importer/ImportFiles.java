package org.orggraph.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files of a folder as the import takes them (for tests: samples/, an export). */
public final class ImportFiles {

    private ImportFiles() {
    }

    public static List<SourceFile> in(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().map(ImportFiles::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SourceFile read(Path file) {
        try {
            return new SourceFile(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
