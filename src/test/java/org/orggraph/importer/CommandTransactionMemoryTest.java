package org.orggraph.importer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The import command's one transaction may take most of its own process's heap, never less than the app's limit. */
class CommandTransactionMemoryTest {

    private static final long MB = 1024 * 1024;

    @Test
    void aBigHeapLetsTheImportTransactionTakeThreeQuartersOfIt() {
        assertThat(CommandTransactionMemory.limit(6040 * MB, 512 * MB)).isEqualTo(6040 * MB / 100 * 75);
    }

    @Test
    void aSmallHeapKeepsTheAppsLimit() {
        assertThat(CommandTransactionMemory.limit(512 * MB, 512 * MB)).isEqualTo(512 * MB);
    }
}
