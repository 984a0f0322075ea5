package org.orggraph.analytics;

import java.util.List;

import org.neo4j.driver.Record;

/**
 * The rows of one statement, as far as the row limit let them come.
 *
 * @param columns   the column names, in the order of the RETURN clause
 * @param rows      at most the row limit
 * @param truncated true when the statement had more rows than the limit
 */
public record QueryResult(List<String> columns, List<Record> rows, boolean truncated) {

    public QueryResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
