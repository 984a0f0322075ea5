package org.orggraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.orggraph.importer.FormulaText;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a table (a header and rows of values) in one of the import's formats, each with its library: CSV with
 * commons-csv (UTF-8, RFC 4180), XLSX with Apache POI (one sheet named after the type, streamed), JSON with
 * Jackson (an array of objects, empty cells left out). What this writes, the import reads back unchanged. Text that
 * a spreadsheet would run as a formula ({@code =HYPERLINK(…)}) is marked as text ({@link FormulaText}).
 */
public enum TableFormat {
    CSV, XLSX, JSON;

    private static final JsonMapper JSON_MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TableFormat parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }

    /** Writes the table; {@code rows} hold Strings, numbers, booleans, dates or nulls, aligned with the header. */
    public void write(String sheetName, List<String> header, List<List<Object>> rows, OutputStream out)
            throws IOException {
        switch (this) {
            case CSV -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
                printer.printRecord(header);
                for (List<Object> row : rows) {
                    // Text a spreadsheet would run as a formula is marked as text (FormulaText); numbers stay numbers.
                    printer.printRecord(row.stream().map(v -> v == null ? ""
                            : v instanceof String text ? FormulaText.escape(text) : v.toString()).toList());
                }
                printer.flush();
            }
            case JSON -> {
                List<Map<String, Object>> objects = rows.stream().map(row -> {
                    Map<String, Object> object = new LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        Object value = row.get(i);
                        if (value != null) {
                            object.put(header.get(i), value instanceof LocalDate d ? d.toString() : value);
                        }
                    }
                    return object;
                }).toList();
                JSON_MAPPER.writeValue(out, objects);
            }
            case XLSX -> {
                try (SXSSFWorkbook workbook = new SXSSFWorkbook(1000)) {
                    Sheet sheet = workbook.createSheet(sheetName);
                    Row head = sheet.createRow(0);
                    for (int i = 0; i < header.size(); i++) {
                        head.createCell(i).setCellValue(header.get(i));
                    }
                    for (int r = 0; r < rows.size(); r++) {
                        Row row = sheet.createRow(r + 1);
                        List<Object> values = rows.get(r);
                        for (int i = 0; i < values.size(); i++) {
                            Object value = values.get(i);
                            if (value instanceof Number n && !(value instanceof Double)) {
                                row.createCell(i).setCellValue(n.doubleValue());
                            } else if (value instanceof Boolean b) {
                                row.createCell(i).setCellValue(b);
                            } else if (value instanceof String string) {
                                // Marked like CSV: a spreadsheet runs a formula typed over the cell, and the
                                // import reads both formats back the same way.
                                row.createCell(i).setCellValue(FormulaText.escape(string));
                            } else if (value != null) {
                                // dates and decimals as text: read back exactly, whatever Excel's locale
                                row.createCell(i).setCellValue(value.toString());
                            }
                        }
                    }
                    workbook.write(out);
                    workbook.dispose();
                }
            }
        }
    }
}
