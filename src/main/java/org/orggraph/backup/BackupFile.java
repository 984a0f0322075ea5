package org.orggraph.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.zip.GZIPInputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The backup file: gzipped JSON lines. A header ({@code {"orggraph-backup": 1, "schema": "0005", "created": …}}), one
 * line per node ({@code labels}, {@code properties}; nodes are numbered by their order), one per relationship
 * ({@code type}, {@code from} and {@code to} node numbers, {@code properties}), and a footer with the counts
 * ({@code {"nodes": N, "relationships": M}}), whose absence shows a file cut short. Property values keep their types
 * ({@link BackupValues}).
 */
final class BackupFile {

    static final int VERSION = 1;
    static final String MAGIC = "orggraph-backup";
    static final String SCHEMA = "schema";
    static final String CREATED = "created";
    static final String LABELS = "labels";
    static final String PROPERTIES = "properties";
    static final String TYPE = "type";
    static final String FROM = "from";
    static final String TO = "to";
    static final String NODES = "nodes";
    static final String RELATIONSHIPS = "relationships";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BackupFile() {
    }

    static ObjectNode header(String schema, OffsetDateTime created) {
        ObjectNode header = JsonNodeFactory.instance.objectNode();
        header.put(MAGIC, VERSION);
        header.put(SCHEMA, schema);
        header.put(CREATED, created.toString());
        return header;
    }

    static ObjectNode footer(long nodes, long relationships) {
        ObjectNode footer = JsonNodeFactory.instance.objectNode();
        footer.put(NODES, nodes);
        footer.put(RELATIONSHIPS, relationships);
        return footer;
    }

    /** What a backup file holds, from its header and footer. */
    record Contents(GraphSize size, String schema, String created) {
    }

    /** What a line of the file is, past the header. */
    interface Reader {
        void node(long number, JsonNode node);

        void relationship(JsonNode relationship);
    }

    /**
     * Reads the whole file, handing each node and relationship to {@code reader}; checks the header, the footer and
     * that the counts agree.
     *
     * @throws IllegalArgumentException when the file is no complete OrgGraph backup
     */
    static Contents read(Path file, Reader reader) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            JsonNode header = parse(lines.readLine(), file, 1);
            if (!header.path(MAGIC).isIntegralNumber()) {
                throw new IllegalArgumentException(file + " is no OrgGraph backup (its first line has no '" + MAGIC + "')");
            }
            if (header.get(MAGIC).intValue() > VERSION) {
                throw new IllegalArgumentException(file + " is a backup of format " + header.get(MAGIC).intValue()
                        + ", newer than this OrgGraph reads (" + VERSION + ")");
            }
            long nodes = 0;
            long relationships = 0;
            long lineNumber = 1;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                JsonNode object = parse(line, file, lineNumber);
                if (object.has(LABELS)) {
                    reader.node(nodes++, object);
                } else if (object.has(TYPE)) {
                    reader.relationship(object);
                    relationships++;
                } else if (object.has(NODES) && lines.readLine() == null) {
                    if (object.get(NODES).longValue() != nodes || object.get(RELATIONSHIPS).longValue() != relationships) {
                        throw new IllegalArgumentException(file + " says it holds " + object.get(NODES) + " nodes and "
                                + object.get(RELATIONSHIPS) + " relationships, but holds " + nodes + " and "
                                + relationships);
                    }
                    return new Contents(new GraphSize(nodes, relationships), header.path(SCHEMA).asString(),
                            header.path(CREATED).asString());
                } else {
                    throw new IllegalArgumentException(file + ", line " + lineNumber + ": neither a node nor a"
                            + " relationship");
                }
            }
            throw new IllegalArgumentException(file + " is cut short: it ends after line " + lineNumber
                    + " without the counts a complete backup ends with");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads the file only to check it; its contents. */
    static Contents check(Path file) {
        return read(file, new Reader() {
            @Override
            public void node(long number, JsonNode node) {
                BackupValues.fromJson(node.path(PROPERTIES));
            }

            @Override
            public void relationship(JsonNode relationship) {
                BackupValues.fromJson(relationship.path(PROPERTIES));
            }
        });
    }

    private static JsonNode parse(String line, Path file, long number) {
        if (line == null) {
            throw new IllegalArgumentException(file + " is empty");
        }
        try {
            return JSON.readTree(line);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ", line " + number + ": " + e.getOriginalMessage());
        }
    }
}
