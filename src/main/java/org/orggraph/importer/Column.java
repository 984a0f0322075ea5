package org.orggraph.importer;

import java.util.List;
import java.util.Map;

/**
 * One column of an import file: its property name (the English header), the Chinese header accepted in its place,
 * the type its cells are read as, and whether every row must fill it.
 *
 * @param values for {@link ColumnType#ENUM} the valid values (upper case, as stored), else empty
 * @param aliases other spellings of enum values as they appear in Chinese rosters (男 for MALE), to the value
 */
public record Column(String name, String chinese, ColumnType type, boolean required, List<String> values,
        Map<String, String> aliases) {

    public Column {
        values = List.copyOf(values);
        aliases = Map.copyOf(aliases);
    }

    static Column required(String name, String chinese, ColumnType type) {
        return new Column(name, chinese, type, true, List.of(), Map.of());
    }

    static Column optional(String name, String chinese, ColumnType type) {
        return new Column(name, chinese, type, false, List.of(), Map.of());
    }

    static Column enumeration(String name, String chinese, boolean required, List<String> values) {
        return new Column(name, chinese, ColumnType.ENUM, required, values, Map.of());
    }

    Column withAliases(Map<String, String> aliases) {
        return new Column(name, chinese, type, required, values, aliases);
    }
}
