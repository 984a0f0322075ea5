package org.orggraph.graph;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code <data-dir>/credentials}, owner-only: the generated secrets of first start, for the person who runs the
 * app to read — the embedded Neo4j's Bolt password ({@code username}, {@code password}) and the app's first admin
 * account ({@code admin.username}, {@code admin.password}). A Java properties file; each secret is added without
 * touching the others, so that whichever is generated first the file ends up with both.
 */
public final class CredentialsFile {

    private static final String HEADER = "Generated on first start by OrgGraph; readable by the owner only.";

    /** No 0/O, 1/l/I: a generated secret is read off a screen and typed. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 24;

    private final Path file;

    public CredentialsFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    /** The value of a key, if the file exists and has it. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(read().getProperty(key));
    }

    /** Adds or replaces these keys, keeping the others; the file is rewritten atomically, owner-only. */
    public synchronized void put(Map<String, String> entries) {
        Properties properties = read();
        properties.putAll(entries);
        OwnerOnly.store(file, properties, HEADER);
    }

    private Properties read() {
        return OwnerOnly.load(file);
    }

    /** A new random secret of 24 letters and digits (about 140 bits). */
    public static String generateSecret() {
        SecureRandom random = new SecureRandom();
        StringBuilder secret = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            secret.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return secret.toString();
    }
}
