package org.orggraph.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Another process holding a lock on a file, as a second OrgGraph holds Neo4j's store lock: a small Java program
 * run from source, which locks the file, says so and waits to be killed.
 */
public final class OtherProcessLock implements AutoCloseable {

    private static final String PROGRAM = """
            import java.nio.channels.FileChannel;
            import java.nio.file.*;
            public class Lock {
                public static void main(String[] args) throws Exception {
                    FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                            StandardOpenOption.READ, StandardOpenOption.WRITE);
                    channel.lock();
                    System.out.println("locked");
                    System.out.flush();
                    Thread.sleep(120_000);
                }
            }
            """;

    private final Process process;

    private OtherProcessLock(Process process) {
        this.process = process;
    }

    /** Locks {@code file} (created with its folders if missing) in a new process; returns once it is locked. */
    public static OtherProcessLock lock(Path file, Path workDir) throws IOException {
        Files.createDirectories(file.getParent());
        Path source = workDir.resolve("Lock.java");
        Files.writeString(source, PROGRAM);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx32m", source.toString(), file.toString())
                .redirectErrorStream(true).start();
        var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"locked".equals(line)) {
            process.destroyForcibly();
            throw new IllegalStateException("the locking process said: " + line);
        }
        return new OtherProcessLock(process);
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
