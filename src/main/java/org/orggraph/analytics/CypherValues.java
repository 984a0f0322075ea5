package org.orggraph.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/**
 * Turns driver values into what the output formats print: plain Java values for JSON (nodes as
 * {@code {labels, properties}}, temporal values as ISO text) and text for tables and CSV (strings bare at the top
 * level, quoted inside lists and maps; nodes as {@code (:Label {id: …})}).
 */
public final class CypherValues {

    private CypherValues() {
    }

    public static Object toJava(Value value) {
        TypeSystem types = TypeSystem.getDefault();
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.hasType(types.NODE())) {
            Node node = value.asNode();
            return map("labels", iterableToList(node.labels()), "properties", properties(node.asMap(v -> v)));
        }
        if (value.hasType(types.RELATIONSHIP())) {
            Relationship rel = value.asRelationship();
            return map("type", rel.type(), "properties", properties(rel.asMap(v -> v)));
        }
        if (value.hasType(types.PATH())) {
            Path path = value.asPath();
            List<Object> elements = new ArrayList<>();
            path.forEach(segment -> {
                if (elements.isEmpty()) {
                    elements.add(toJava(org.neo4j.driver.Values.value(segment.start())));
                }
                elements.add(toJava(org.neo4j.driver.Values.value(segment.relationship())));
                elements.add(toJava(org.neo4j.driver.Values.value(segment.end())));
            });
            if (elements.isEmpty()) {
                elements.add(toJava(org.neo4j.driver.Values.value(path.start())));
            }
            return elements;
        }
        if (value.hasType(types.LIST())) {
            return value.asList(CypherValues::toJava);
        }
        if (value.hasType(types.MAP())) {
            return properties(value.asMap(v -> v));
        }
        if (value.hasType(types.INTEGER())) {
            return value.asLong();
        }
        if (value.hasType(types.FLOAT())) {
            return value.asDouble();
        }
        if (value.hasType(types.BOOLEAN())) {
            return value.asBoolean();
        }
        if (value.hasType(types.STRING())) {
            return value.asString();
        }
        // Dates, times, durations, points, bytes: their Cypher text.
        return text(value, false);
    }

    /** The text of a value in a table cell or CSV field. */
    public static String text(Value value) {
        return text(value, false);
    }

    private static String text(Value value, boolean nested) {
        TypeSystem types = TypeSystem.getDefault();
        if (value == null || value.isNull()) {
            return nested ? "null" : "";
        }
        if (value.hasType(types.STRING())) {
            return nested ? quote(value.asString()) : value.asString();
        }
        if (value.hasType(types.BOOLEAN())) {
            return String.valueOf(value.asBoolean());
        }
        if (value.hasType(types.NODE())) {
            Node node = value.asNode();
            String labels = StreamSupport.stream(node.labels().spliterator(), false).map(l -> ":" + l)
                    .collect(Collectors.joining());
            return "(" + labels + " " + mapText(node.asMap(v -> v)) + ")";
        }
        if (value.hasType(types.RELATIONSHIP())) {
            Relationship rel = value.asRelationship();
            return "[:" + rel.type() + (rel.size() > 0 ? " " + mapText(rel.asMap(v -> v)) : "") + "]";
        }
        if (value.hasType(types.PATH())) {
            Path path = value.asPath();
            StringBuilder sb = new StringBuilder(text(org.neo4j.driver.Values.value(path.start()), true));
            path.forEach(segment -> {
                boolean forward = segment.relationship().startNodeElementId().equals(segment.start().elementId());
                sb.append(forward ? "-" : "<-").append(text(org.neo4j.driver.Values.value(segment.relationship()), true))
                        .append(forward ? "->" : "-").append(text(org.neo4j.driver.Values.value(segment.end()), true));
            });
            return sb.toString();
        }
        if (value.hasType(types.LIST())) {
            return value.asList(v -> text(v, true)).stream().collect(Collectors.joining(", ", "[", "]"));
        }
        if (value.hasType(types.MAP())) {
            return mapText(value.asMap(v -> v));
        }
        if (value.hasType(types.DATE()) || value.hasType(types.LOCAL_DATE_TIME()) || value.hasType(types.DATE_TIME())
                || value.hasType(types.TIME()) || value.hasType(types.LOCAL_TIME())) {
            String iso = value.asObject().toString();
            return nested ? quote(iso) : iso;
        }
        return value.toString();
    }

    private static String mapText(Map<String, Value> map) {
        return map.entrySet().stream().map(e -> e.getKey() + ": " + text(e.getValue(), true))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Map<String, Object> properties(Map<String, Value> values) {
        Map<String, Object> map = new LinkedHashMap<>();
        values.forEach((k, v) -> map.put(k, toJava(v)));
        return map;
    }

    private static Map<String, Object> map(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    private static List<String> iterableToList(Iterable<String> items) {
        List<String> list = new ArrayList<>();
        items.forEach(list::add);
        return list;
    }
}
