package org.orggraph.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a file into a {@link Table} by its extension, each with its library: CSV with commons-csv (after
 * {@link CsvEncoding}), XLSX with Apache POI (the first sheet; date cells become ISO dates, other cells the text
 * Excel shows), JSON with Jackson (an array of objects; the keys of the objects are the headers).
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
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ImportProblem(ImportError.ofFile(file.name(), "import.file.empty"));
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<String> headers = new ArrayList<>();
            List<Table.Row> rows = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                if (headers.isEmpty() && rows.isEmpty()) {
                    headers.addAll(cells);
                } else if (cells.stream().anyMatch(s -> s != null && !s.isBlank())) {
                    rows.add(new Table.Row(row.getRowNum() + 1, cells));
                }
            }
            return new Table(file.name(), sheet.getSheetName(), headers, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportProblem problem) {
                throw problem;
            }
            throw new ImportProblem(ImportError.ofFile(file.name(), "import.file.unreadable", "XLSX", message(e)));
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDate date = cell.getLocalDateTimeCellValue().atOffset(ZoneOffset.UTC).toLocalDate();
            return date.toString();
        }
        if (type == CellType.BOOLEAN) {
            return String.valueOf(cell.getBooleanCellValue());
        }
        return formatter.formatCellValue(cell);
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

    private static String message(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = m.indexOf('\n');
        return newline < 0 ? m : m.substring(0, newline);
    }
}
