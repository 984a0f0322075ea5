package org.orggraph.analytics;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the {@code cypher} command prints a result: {@code table} for people (aligned columns, wide characters
 * counted double), {@code csv} for spreadsheets (a header line, then bare values, quoted as RFC 4180 needs it, by
 * Commons CSV), {@code json} for programs (an array of objects keyed by column).
 */
public enum ResultFormat {

    TABLE {
        @Override
        public void write(QueryResult result, PrintStream out) {
            List<String> header = result.columns();
            List<List<String>> cells = new ArrayList<>();
            for (Record row : result.rows()) {
                cells.add(row.values().stream().map(CypherValues::text).toList());
            }
            int[] widths = new int[header.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = displayWidth(header.get(i));
                for (List<String> row : cells) {
                    widths[i] = Math.max(widths[i], displayWidth(row.get(i)));
                }
            }
            String rule = rule(widths);
            out.println(rule);
            out.println(line(header, widths));
            out.println(rule);
            for (List<String> row : cells) {
                out.println(line(row, widths));
            }
            out.println(rule);
            out.println(result.rows().size() + (result.rows().size() == 1 ? " row" : " rows"));
        }
    },

    CSV {
        @Override
        public void write(QueryResult result, PrintStream out) {
            try {
                CSVPrinter printer = new CSVPrinter(out, CSV_FORMAT);
                printer.printRecord(result.columns());
                for (Record row : result.rows()) {
                    printer.printRecord(row.values().stream().map(ResultFormat::csvValue).toList());
                }
                printer.flush(); // not close(): that would close the caller's stream
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    },

    JSON {
        @Override
        public void write(QueryResult result, PrintStream out) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Record row : result.rows()) {
                Map<String, Object> object = new LinkedHashMap<>();
                for (String column : result.columns()) {
                    object.put(column, CypherValues.toJava(row.get(column)));
                }
                rows.add(object);
            }
            out.println(MAPPER.writeValueAsString(rows));
        }
    };

    /**
     * RFC 4180 with the platform's line separator (as {@code println} wrote it before) and minimal quoting: a
     * value is quoted when it holds a comma, quote or line break, and also when it starts with a space, {@code !},
     * {@code "} or {@code #} or ends with white space, which readers that trim would otherwise change.
     */
    private static final CSVFormat CSV_FORMAT = CSVFormat.RFC4180.builder()
            .setRecordSeparator(System.lineSeparator()).get();

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public abstract void write(QueryResult result, PrintStream out);

    public static ResultFormat parse(String name) {
        for (ResultFormat format : values()) {
            if (format.name().equalsIgnoreCase(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "': use table, csv or json");
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** An empty cell stays bare (a null), where the library would quote an empty first cell as {@code ""}. */
    private static String csvValue(Value value) {
        String text = CypherValues.text(value);
        return text.isEmpty() ? null : text;
    }

    private static String rule(int[] widths) {
        StringBuilder sb = new StringBuilder("+");
        for (int width : widths) {
            sb.append("-".repeat(width + 2)).append('+');
        }
        return sb.toString();
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder("|");
        for (int i = 0; i < widths.length; i++) {
            String cell = cells.get(i).replace('\n', ' ');
            sb.append(' ').append(cell).append(" ".repeat(widths[i] - displayWidth(cell))).append(" |");
        }
        return sb.toString();
    }

    /** Terminal columns: CJK ideographs, kana, hangul and full-width forms take two. */
    static int displayWidth(String text) {
        return text.replace('\n', ' ').codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
