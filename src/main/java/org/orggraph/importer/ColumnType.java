package org.orggraph.importer;

/** How the text of a cell becomes a property value (see {@link CellValues}). */
public enum ColumnType {
    /** Trimmed text. */
    TEXT,
    /** A whole number, stored as a Cypher INTEGER. */
    INTEGER,
    /** A number, stored as a Cypher FLOAT. */
    DECIMAL,
    /** true/false, yes/no, 是/否, 1/0. */
    BOOLEAN,
    /** A DATE: 2024-03-05, 2024/3/5 or 2024年3月5日. */
    DATE,
    /** One of the column's values. */
    ENUM,
    /** The id of a node in the files or the database (the ends of a relationship). */
    REFERENCE
}
