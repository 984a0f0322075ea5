package org.orggraph.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX file, streamed with Apache POI's event API ({@link XSSFSheetXMLHandler}): the sheet's
 * XML is read row by row into text cells, never held as POI's cell objects (a 200,000-row sheet as an
 * {@code XSSFWorkbook} takes gigabytes of heap). Cells read as Excel shows them (POI's {@link DataFormatter}),
 * except date cells, which become ISO dates; booleans read {@code true}/{@code false}; a formula reads its cached
 * result.
 */
final class XlsxTable {

    private XlsxTable() {
    }

    static Table read(SourceFile file) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file.content()))) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportProblem(ImportError.ofFile(file.name(), "import.file.empty"));
            }
            Rows rows = new Rows();
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(pkg), rows, new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
            return new Table(file.name(), sheets.getSheetName(), rows.headers, rows.rows);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof ImportProblem problem) {
                throw problem;
            }
            throw new ImportProblem(ImportError.ofFile(file.name(), "import.file.unreadable", "XLSX",
                    TableReaders.message(e)));
        }
    }

    /** The header (the first row) and the rows under it that have any text, each with its row number. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<String> headers = new ArrayList<>();
        final List<Table.Row> rows = new ArrayList<>();
        private boolean headerRead;
        private List<String> cells;

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (!headerRead) {
                headers.addAll(cells);
                headerRead = !cells.isEmpty();
            } else if (cells.stream().anyMatch(s -> s != null && !s.isBlank())) {
                rows.add(new Table.Row(rowNum + 1, cells));
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            // A cell without its reference is the next one; a skipped column is an empty cell.
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add(null);
            }
            cells.add(bool(value));
        }

        private static String bool(String value) {
            return "TRUE".equals(value) ? "true" : "FALSE".equals(value) ? "false" : value;
        }
    }

    /** Excel's display of every cell but dates, which read as ISO dates (2015-07-01), whatever their format. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
