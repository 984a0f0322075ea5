package org.orggraph.importer;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a file into a {@link Table} by its extension, each with its library: CSV with commons-csv (after
 * {@link CsvEncoding}), XLSX with Apache POI's streaming reader ({@link XlsxTable}: the first sheet; date cells become ISO
 * dates, other cells the text Excel shows), JSON with Jackson (an array of objects; the keys of the objects are the headers).
 */
final class TableReaders {

    // Objects are read one by one from the array: what follows an object is the rest of the array.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private TableReaders() {
    }

    static boolean readable(SourceFile file) {
        return switch (file.extension()) {
            case "csv", "xlsx", "json" -> true;
            default -> false;
        };
    }

    static Table read(SourceFile file) {
        return switch (file.extension()) {
            case "csv" -> csv(file);
            case "xlsx" -> xlsx(file);
            case "json" -> json(file);
            default -> throw new ImportProblem(ImportError.ofFile(file.name(), "import.file.format", file.extension()));
        };
    }

    static Table csv(SourceFile file) {
        String text = CsvEncoding.decode(file).text();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> headers = parser.getHeaderNames();
            List<Table.Row> rows = new ArrayList<>();
            long line = 2;
            for (CSVRecord record : parser) {
                rows.add(new Table.Row((int) line, record.toList()));
                line = parser.getCurrentLineNumber() + 1;
            }
            return new Table(file.name(), null, headers, rows);
        } catch (IOException | RuntimeException e) {
            throw new ImportProblem(ImportError.ofFile(file.name(), "import.file.unreadable", "CSV", message(e)));
        }
    }

    static Table xlsx(SourceFile file) {
        return XlsxTable.read(file);
    }

    static Table json(SourceFile file) {
        List<String> headers = new ArrayList<>();
        List<Table.Row> rows = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(file.content())) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new ImportProblem(ImportError.ofFile(file.name(), "import.file.jsonArray"));
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = parser.currentLocation().getLineNr();
                JsonNode object = JSON.readTree(parser);
                List<String> cells = new ArrayList<>();
                for (Map.Entry<String, JsonNode> field : object.properties()) {
                    int index = headers.indexOf(field.getKey());
                    if (index < 0) {
                        headers.add(field.getKey());
                        index = headers.size() - 1;
                    }
                    while (cells.size() <= index) {
                        cells.add(null);
                    }
                    JsonNode value = field.getValue();
                    cells.set(index, value.isNull() ? null : value.isValueNode() ? value.asString() : value.toString());
                }
                rows.add(new Table.Row(line, cells));
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw new ImportProblem(ImportError.ofFile(file.name(), "import.file.jsonArray"));
            }
            return new Table(file.name(), null, headers, rows);
        } catch (JacksonException e) {
            throw new ImportProblem(ImportError.ofFile(file.name(), "import.file.unreadable", "JSON", message(e)));
        }
    }

    static String message(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = m.indexOf('\n');
        return newline < 0 ? m : m.substring(0, newline);
    }
}
