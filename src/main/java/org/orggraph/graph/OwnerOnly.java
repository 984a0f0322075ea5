package org.orggraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files and folders only their owner may read: the data dir (store, Neo4j's logs, credentials, users). A folder
 * of mode 0700 keeps out everyone else whatever the mode of the files Neo4j creates in it later (its log files
 * are created with the process's umask, usually 0644). On a file system without POSIX modes nothing is changed.
 */
public final class OwnerOnly {

    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    /** Creates the folder (and its parents) if needed and makes it owner-only. */
    public static void folder(Path folder) {
        try {
            Files.createDirectories(folder);
            chmod(folder, FOLDER);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + folder.toAbsolutePath(), e);
        }
    }

    /** Makes every file directly in the folder owner-only (Neo4j's log files, after it created them). */
    public static void filesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                chmod(file, FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict the files in " + folder.toAbsolutePath(), e);
        }
    }

    /** Writes the text to the file atomically, the file owner-only from its first byte. */
    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            try {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(FILE));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(tmp);
            }
            Files.writeString(tmp, text, java.nio.charset.StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file.toAbsolutePath(), e);
        }
    }

    private static void chmod(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's ACL is the user's business.
        }
    }

    /** A properties file (UTF-8), empty when the file does not exist. */
    public static java.util.Properties load(Path file) {
        java.util.Properties properties = new java.util.Properties();
        if (Files.exists(file)) {
            try {
                properties.load(new java.io.StringReader(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), e);
            }
        }
        return properties;
    }

    /** Writes the properties sorted by key, owner-only and atomically ({@link #write}). */
    public static void store(Path file, java.util.Properties properties, String comment) {
        java.util.Properties sorted = new java.util.Properties();
        sorted.putAll(new java.util.TreeMap<>(properties));
        java.io.StringWriter text = new java.io.StringWriter();
        try {
            sorted.store(text, comment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(file, text.toString());
    }
}
