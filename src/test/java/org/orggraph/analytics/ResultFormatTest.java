package org.orggraph.analytics;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalRecord;

import static org.assertj.core.api.Assertions.assertThat;

/** The csv format without a database: what a spreadsheet reads back is what the query returned. */
class ResultFormatTest {

    private static final String NL = System.lineSeparator();

    @Test
    void csvIsAHeaderLineThenBareValuesQuotedOnlyWhereNeeded() {
        String csv = csv(List.of("id", "name", "note"),
                List.of(Values.value("unit:0001"), Values.value("Say \"hi\", then\nleave"), Values.value(3)),
                List.of(Values.NULL, Values.value("plain"), Values.value(true)));

        assertThat(csv).isEqualTo("id,name,note" + NL
                + "unit:0001,\"Say \"\"hi\"\", then\nleave\",3" + NL
                + ",plain,true" + NL);
    }

    @SafeVarargs
    private static String csv(List<String> columns, List<Value>... rows) {
        var records = java.util.Arrays.stream(rows).map(values -> (org.neo4j.driver.Record) new InternalRecord(columns,
                values)).toList();
        var bytes = new ByteArrayOutputStream();
        ResultFormat.CSV.write(new QueryResult(columns, records, false), new PrintStream(bytes, true,
                StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
