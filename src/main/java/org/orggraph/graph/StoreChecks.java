package org.orggraph.graph;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.OptionalLong;

import org.neo4j.io.layout.Neo4jLayout;
import org.orggraph.startup.PortCheck;
import org.orggraph.startup.StartupProblem;

/**
 * What is checked before the embedded store is opened or anything is written: the data dir can be written, no
 * other process has the store open, the Bolt port is free. Each failure is a {@link StartupProblem} that names the
 * property or the action that fixes it.
 */
public final class StoreChecks {

    static final String DATA_DIR = "orggraph.embedded.data-dir";
    static final String BOLT_PORT = "orggraph.embedded.bolt-port";

    private StoreChecks() {
    }

    /** Free space the data dir's filesystem must have at start: the store at scale 1 and its logs, with room. */
    public static final long MIN_FREE_BYTES = 256L * 1024 * 1024;
    static final String PASSWORD = "orggraph.embedded.password";
    private static final int MIN_PASSWORD_LENGTH = 8;

    public static void run(EmbeddedNeo4jProperties properties) {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        requireWritable(dataDir);
        requireFreeSpace(dataDir, MIN_FREE_BYTES);
        requireUnlocked(dataDir);
        PortCheck.requireFree(loopback(), properties.boltPort(), BOLT_PORT);
    }

    /** The data dir, or the nearest folder above it that exists (where it would be created), must be writable. */
    public static void requireWritable(Path dataDir) {
        Path existing = dataDir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw notWritable(dataDir, "no folder of that path exists");
        }
        if (!Files.isDirectory(existing)) {
            throw notWritable(dataDir, existing + " is a file, not a folder");
        }
        if (!Files.isWritable(existing)) {
            throw notWritable(dataDir, existing.equals(dataDir) ? "the folder is not writable by this user"
                    : "it does not exist and " + existing + " is not writable by this user");
        }
    }

    /**
     * The filesystem of the data dir must have {@code minimum} bytes free: Neo4j on a full disk fails in the middle of
     * a write, with an interrupted load and a store that may need recovery.
     */
    public static void requireFreeSpace(Path dataDir, long minimum) {
        Path existing = existingAncestor(dataDir);
        try {
            long usable = Files.getFileStore(existing).getUsableSpace();
            if (usable < minimum) {
                throw new StartupProblem("The data dir " + dataDir + " (" + DATA_DIR + ") is on a filesystem with only "
                        + megabytes(usable) + " free; OrgGraph needs at least " + megabytes(minimum) + " to start.",
                        "Free some space there, or pass a folder on another disk: --" + DATA_DIR + "=DIR.");
            }
        } catch (IOException e) {
            // No way to tell (an unusual filesystem): Neo4j reports a full disk itself.
        }
    }

    /**
     * The embedded password must be long enough for Neo4j; said without the value, which Boot's validation screen
     * would show.
     */
    public static void requirePasswordLength(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new StartupProblem(PASSWORD + " has " + password.length() + " characters; Neo4j needs at least "
                    + MIN_PASSWORD_LENGTH + " (the value is not shown).",
                    "Pass a longer one: --" + PASSWORD + "=PASSWORD, or leave it out to have one generated on the first"
                            + " start (kept in DATA-DIR/credentials).");
        }
    }

    private static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }

    private static Path existingAncestor(Path dataDir) {
        Path existing = dataDir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? dataDir.getRoot() : existing;
    }

    /** Neo4j's store lock ({@code <data-dir>/data/databases/store_lock}) must not be held by another process. */
    public static void requireUnlocked(Path dataDir) {
        Path lockFile = Neo4jLayout.of(dataDir).storeLockFile();
        if (!Files.exists(lockFile)) {
            return;
        }
        OptionalLong holder = LockHolders.of(lockFile);
        long self = ProcessHandle.current().pid();
        if (holder.isPresent() && holder.getAsLong() == self) {
            // Never open the file then: closing any channel on it would drop this process's own lock.
            throw locked(dataDir, "this process (pid " + self + ") has it open already", holder);
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw locked(dataDir, holder.isPresent() ? "process " + holder.getAsLong() + " has it open"
                        : "another process has it open", holder);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw locked(dataDir, "this process (pid " + self + ") has it open already", OptionalLong.of(self));
        } catch (IOException e) {
            throw notWritable(dataDir, "cannot open " + lockFile + " for writing: " + e.getMessage());
        }
    }

    private static StartupProblem notWritable(Path dataDir, String why) {
        return new StartupProblem("The data dir " + dataDir + " (" + DATA_DIR + ") cannot be used: " + why + ".",
                "Give the user running OrgGraph write access to it, or pass another folder: --" + DATA_DIR + "=DIR.");
    }

    private static StartupProblem locked(Path dataDir, String who, OptionalLong pid) {
        return new StartupProblem("The embedded database in " + dataDir + " is in use: " + who
                        + " (Neo4j's store lock is held).",
                "Stop the other OrgGraph using this data dir" + (pid.isPresent() ? " (pid " + pid.getAsLong() + ")" : "")
                        + " or pass another --" + DATA_DIR + "=DIR. To query the running one, connect to its Bolt"
                        + " port (the cypher command with --spring.neo4j.uri).");
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Who holds a POSIX lock on a file, from Linux's {@code /proc/locks}; empty elsewhere or when nobody does. */
    static final class LockHolders {

        private static final Path PROC_LOCKS = Path.of("/proc/locks");

        private LockHolders() {
        }

        static OptionalLong of(Path file) {
            try {
                if (!Files.isReadable(PROC_LOCKS)) {
                    return OptionalLong.empty();
                }
                String inode = ":" + Files.getAttribute(file, "unix:ino");
                List<String> lines = Files.readAllLines(PROC_LOCKS);
                // "1: POSIX  ADVISORY  WRITE 3568 fd:00:1315176 0 EOF"; waiters have "->" after the number.
                for (String line : lines) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length >= 6 && !f[1].equals("->") && f[1].equals("POSIX") && f[5].endsWith(inode)) {
                        return OptionalLong.of(Long.parseLong(f[4]));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // Not Linux, or not allowed to look: the lock itself is still tried.
            }
            return OptionalLong.empty();
        }
    }
}
