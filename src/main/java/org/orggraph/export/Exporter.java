package org.orggraph.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.orggraph.api.CypherFiles;
import org.orggraph.importer.Column;
import org.orggraph.importer.FileType;
import org.orggraph.importer.ImportFormat;
import org.orggraph.model.NodeLabel;
import org.springframework.stereotype.Component;

/**
 * Writes the graph, or one alliance's part of it, in exactly the import format ({@link ImportFormat}): one file per
 * type that has rows, with the English column names, so that importing the files into an empty database gives the
 * same nodes, relationships and properties ({@code pinyin}/{@code initials} are derived from the names again, and
 * properties the format has no column for are not exported). {@code cypher} writes one script of {@code MERGE}
 * statements instead, for any Neo4j (cypher-shell). Everything is read in one read transaction: a consistent
 * snapshot. The files hold personal data (names, birth years): the HTTP download must be for administrators.
 */
@Component
public class Exporter {

    static final int SCRIPT_ROWS = 500;

    private final Driver driver;
    private final ImportFormat format;
    private final CypherFiles cypher;

    public Exporter(Driver driver, ImportFormat format, CypherFiles cypher) {
        this.driver = driver;
        this.format = format;
        this.cypher = cypher;
    }

    /** Where the files go: a folder or a zip. */
    public interface Sink {
        OutputStream open(String fileName) throws IOException;

        static Sink folder(Path dir) {
            return name -> {
                Files.createDirectories(dir);
                return Files.newOutputStream(dir.resolve(name));
            };
        }

        /** Entries of a zip; closing an entry's stream closes the entry, not the zip. */
        static Sink zip(ZipOutputStream zip) {
            return name -> {
                zip.putNextEntry(new ZipEntry(name));
                return new FilterOutputStream(zip) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        zip.closeEntry();
                    }
                };
            };
        }
    }

    /** Rows written per file type. */
    public record Summary(Map<String, Integer> rows) {
    }

    /**
     * @param alliance null for the whole graph, else the id of the alliance whose part is exported
     * @throws IllegalArgumentException when the alliance does not exist
     */
    public Summary export(ExportFormat exportFormat, String alliance, Sink sink) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                List<String> scope = null;
                if (alliance != null) {
                    Record ids = tx.run(cypher.load("export/alliance-scope"), Map.of("alliance", alliance)).list()
                            .stream().findFirst().orElseThrow(() -> new IllegalArgumentException(
                                    "No alliance has the id '" + alliance + "'"));
                    scope = ids.get("ids").asList(v -> v.asString());
                }
                Map<String, Object> params = new LinkedHashMap<>();
                params.put("scope", scope);
                Map<String, Integer> counts = new LinkedHashMap<>();
                try {
                    if (exportFormat == ExportFormat.CYPHER) {
                        try (PrintWriter script = new PrintWriter(new OutputStreamWriter(
                                sink.open("orggraph-export.cypher"), StandardCharsets.UTF_8))) {
                            script.println("// OrgGraph export" + (alliance == null ? "" : " of alliance " + alliance)
                                    + ": MERGE on ids, so running it twice changes nothing. cypher-shell -f this file.");
                            for (FileType type : format.types()) {
                                List<Record> records = tx.run(statement(type), params).list();
                                counts.put(type.name(), records.size());
                                writeScript(type, records, script);
                            }
                        }
                    } else {
                        for (FileType type : format.types()) {
                            List<Record> records = tx.run(statement(type), params).list();
                            if (records.isEmpty()) {
                                continue;
                            }
                            counts.put(type.name(), records.size());
                            List<String> header = type.columns().stream().map(Column::name).toList();
                            List<List<Object>> rows = new ArrayList<>();
                            for (Record r : records) {
                                rows.add(row(type, r));
                            }
                            try (OutputStream out = sink.open(type.name() + "." + exportFormat.table().extension())) {
                                exportFormat.table().write(type.name(), header, rows, out);
                            }
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return new Summary(counts);
            }, TransactionConfig.empty());
        }
    }

    private String statement(FileType type) {
        return type instanceof FileType.Nodes nodes
                ? cypher.render("export/nodes", Map.of("label", nodes.label().cypher()))
                : cypher.render("export/relationships", Map.of("type", ((FileType.Relationships) type).type().cypher()));
    }

    /** The cells of a record in the order of the type's columns. */
    private static List<Object> row(FileType type, Record r) {
        Map<String, Object> props = r.get("props").asMap();
        List<Object> row = new ArrayList<>();
        for (Column c : type.columns()) {
            row.add(switch (c.name()) {
                case ImportFormat.ID -> r.get("id").asString();
                case ImportFormat.FROM -> r.get("from").asString();
                case ImportFormat.TO -> r.get("to").asString();
                case ImportFormat.MEMBER -> type instanceof FileType.Nodes ? r.get("member").asBoolean() : props.get(c.name());
                default -> props.get(c.name());
            });
        }
        return row;
    }

    /** The model's label of an end: only labels of the model are written into the script. */
    private static NodeLabel label(Record r, String key) {
        NodeLabel label = NodeLabel.of(r.get(key).asString(""));
        if (label == null) {
            throw new IllegalStateException("A relationship ends at a node of no model label: " + r);
        }
        return label;
    }

    private static void writeScript(FileType type, List<Record> records, PrintWriter script) {
        for (int from = 0; from < records.size(); from += SCRIPT_ROWS) {
            List<Record> slice = records.subList(from, Math.min(records.size(), from + SCRIPT_ROWS));
            if (type instanceof FileType.Nodes nodes) {
                for (boolean member : new boolean[] {false, true}) {
                    List<String> rows = slice.stream().filter(r -> r.get("member").asBoolean() == member)
                            .map(r -> "{id: " + CypherLiterals.of(r.get("id").asString()) + ", props: "
                                    + CypherLiterals.map(r.get("props").asMap()) + "}").toList();
                    if (!rows.isEmpty()) {
                        script.println("UNWIND [" + String.join(",\n  ", rows) + "] AS row MERGE (n:"
                                + nodes.label().cypher() + " {id: row.id}) SET n += row.props"
                                + (member ? " SET n:`Member`" : "") + ";");
                    }
                }
            } else {
                FileType.Relationships rel = (FileType.Relationships) type;
                Map<String, List<String>> byEnds = new LinkedHashMap<>();
                for (Record r : slice) {
                    byEnds.computeIfAbsent(label(r, "fromLabel").cypher() + " {id: row.from}) MATCH (b:"
                            + label(r, "toLabel").cypher() + " {id: row.to})", k -> new ArrayList<>())
                            .add("{from: " + CypherLiterals.of(r.get("from").asString()) + ", to: "
                                    + CypherLiterals.of(r.get("to").asString()) + ", props: "
                                    + CypherLiterals.map(r.get("props").asMap()) + "}");
                }
                byEnds.forEach((ends, rows) -> script.println("UNWIND [" + String.join(",\n  ", rows)
                        + "] AS row MATCH (a:" + ends + " MERGE (a)-[r:" + rel.type().cypher()
                        + "]->(b) SET r += row.props;"));
            }
        }
    }
}
