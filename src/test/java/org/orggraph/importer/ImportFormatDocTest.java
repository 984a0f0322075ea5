package org.orggraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.orggraph.model.NodeLabel;

/**
 * {@code docs/import-format.md} lists every file type with exactly the columns the import accepts: its tables are
 * rendered from {@link ImportFormat}; when this fails, its message is the text to paste between the markers.
 */
class ImportFormatDocTest {

    static final String BEGIN = "<!-- file types: generated from ImportFormat, checked by ImportFormatDocTest -->";
    static final String END = "<!-- end of file types -->";

    @Test
    void theDocumentListsEveryFileTypeWithItsColumns() throws IOException {
        String doc = Files.readString(Path.of("docs/import-format.md"));
        String expected = render(new ImportFormat());

        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertThat(begin).as("markers in docs/import-format.md").isNotNegative();
        assertThat(doc.substring(begin + BEGIN.length(), end).strip()).as("paste this:\n" + expected)
                .isEqualTo(expected.strip());
    }

    static String render(ImportFormat format) {
        StringBuilder md = new StringBuilder("### Nodes\n\n");
        for (FileType type : format.types()) {
            if (type instanceof FileType.Relationships && md.indexOf("### Relationships") < 0) {
                md.append("### Relationships\n\nEvery relationship file has `from` (起点) and `to` (终点): the ids of"
                        + " its two nodes, in the files of the same import or already in the database.\n\n");
            }
            md.append("#### `").append(type.name()).append("` (").append(type.chinese()).append(")\n\n");
            if (type instanceof FileType.Relationships rel) {
                md.append(rel.ends().stream().map(e -> "(" + e.from().stream().map(NodeLabel::name)
                        .collect(Collectors.joining("|")) + ")-[:" + rel.name() + "]->(" + (e.to().size()
                        == NodeLabel.values().length - 1 ? "any node" : e.to().stream().map(NodeLabel::name)
                        .collect(Collectors.joining("|"))) + ")").collect(Collectors.joining(", ", "", "\n\n")));
            }
            md.append("| column | 列名 | type | required |\n|---|---|---|---|\n");
            for (Column c : type.columns()) {
                String kind = c.type() == ColumnType.ENUM ? "one of " + String.join(", ", c.values())
                        + (c.aliases().isEmpty() ? "" : " (also " + c.aliases().entrySet().stream().sorted(
                        java.util.Map.Entry.comparingByValue()).map(e -> e.getKey() + " = " + e.getValue())
                        .collect(Collectors.joining(", ")) + ")")
                        : c.type().name().toLowerCase(java.util.Locale.ROOT);
                md.append("| `").append(c.name()).append("` | ").append(c.chinese()).append(" | ").append(kind)
                        .append(" | ").append(c.required() ? "yes" : "").append(" |\n");
            }
            md.append('\n');
        }
        return md.toString();
    }

    public static void main(String[] args) {
        System.out.print(render(new ImportFormat()));
    }
}
