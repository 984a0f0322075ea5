package org.orggraph.importer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bar counts what the write holds, nodes and relationships (the rows plus the import's history), and says so:
 * calling them rows contradicted the report's row count (the new user's trial, docs/import-format.md).
 */
class TerminalProgressTest {

    @Test
    void theBarNamesWhatItCountsAndEndsFull() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalProgress progress = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        progress.start(1816);
        progress.advance(900);
        progress.finish();
        String[] drawn = bytes.toString(StandardCharsets.UTF_8).trim().split("\r");
        assertThat(drawn[0]).contains("0/1,816 nodes and relationships written");
        assertThat(drawn[drawn.length - 1]).contains("[" + "#".repeat(30) + "] 1,816/1,816 nodes and relationships")
                .doesNotContain("rows");
    }
}
