package org.orggraph.backup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.TypeSystem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Property values of a backup as JSON that keeps their Neo4j type, so that a restore stores exactly what was read:
 * strings, integers, floats, booleans and lists as themselves; every other type as an object of one field naming
 * the type ({@code {"date": "2021-07-01"}}, {@code {"datetime": "2021-07-01T09:30+08:00"}},
 * {@code {"duration": [months, days, seconds, nanos]}}, {@code {"point": [srid, x, y]}}, {@code {"bytes": base64}}).
 * A property can never hold a map, so an object is never ambiguous.
 */
final class BackupValues {

    private static final TypeSystem TYPES = TypeSystem.getDefault();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private BackupValues() {
    }

    /** The properties of a node or relationship as a JSON object. */
    static ObjectNode toJson(Map<String, Value> properties) {
        ObjectNode object = JSON.objectNode();
        properties.forEach((key, value) -> object.set(key, toJson(value)));
        return object;
    }

    /** A JSON object of properties back as the values to store. */
    static Map<String, Object> fromJson(JsonNode properties) {
        Map<String, Object> values = new LinkedHashMap<>();
        properties.properties().forEach(e -> values.put(e.getKey(), fromJsonValue(e.getValue())));
        return values;
    }

    static JsonNode toJson(Value value) {
        if (value.hasType(TYPES.STRING())) {
            return JSON.stringNode(value.asString());
        }
        if (value.hasType(TYPES.INTEGER())) {
            return JSON.numberNode(value.asLong());
        }
        if (value.hasType(TYPES.FLOAT())) {
            double d = value.asDouble();
            // JSON has no NaN or infinity.
            return Double.isFinite(d) ? JSON.numberNode(d) : tagged("float", JSON.stringNode(Double.toString(d)));
        }
        if (value.hasType(TYPES.BOOLEAN())) {
            return JSON.booleanNode(value.asBoolean());
        }
        if (value.hasType(TYPES.LIST())) {
            ArrayNode array = JSON.arrayNode();
            value.values().forEach(v -> array.add(toJson(v)));
            return array;
        }
        if (value.hasType(TYPES.DATE())) {
            return tagged("date", JSON.stringNode(value.asLocalDate().toString()));
        }
        if (value.hasType(TYPES.DATE_TIME())) {
            return tagged("datetime", JSON.stringNode(value.asZonedDateTime().toString()));
        }
        if (value.hasType(TYPES.LOCAL_DATE_TIME())) {
            return tagged("localdatetime", JSON.stringNode(value.asLocalDateTime().toString()));
        }
        if (value.hasType(TYPES.TIME())) {
            return tagged("time", JSON.stringNode(value.asOffsetTime().toString()));
        }
        if (value.hasType(TYPES.LOCAL_TIME())) {
            return tagged("localtime", JSON.stringNode(value.asLocalTime().toString()));
        }
        if (value.hasType(TYPES.DURATION())) {
            IsoDuration d = value.asIsoDuration();
            return tagged("duration", JSON.arrayNode().add(d.months()).add(d.days()).add(d.seconds()).add(d.nanoseconds()));
        }
        if (value.hasType(TYPES.POINT())) {
            Point p = value.asPoint();
            ArrayNode coordinates = JSON.arrayNode().add(p.srid()).add(p.x()).add(p.y());
            return tagged("point", Double.isNaN(p.z()) ? coordinates : coordinates.add(p.z()));
        }
        if (value.hasType(TYPES.BYTES())) {
            return tagged("bytes", JSON.stringNode(Base64.getEncoder().encodeToString(value.asByteArray())));
        }
        throw new IllegalStateException("A property of type " + value.type().name() + " cannot be backed up");
    }

    private static ObjectNode tagged(String type, JsonNode value) {
        return JSON.objectNode().set(type, value);
    }

    static Object fromJsonValue(JsonNode node) {
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.values().forEach(v -> list.add(fromJsonValue(v)));
            return list;
        }
        if (node.isObject() && node.size() == 1) {
            Map.Entry<String, JsonNode> tag = node.properties().iterator().next();
            JsonNode v = tag.getValue();
            return switch (tag.getKey()) {
                case "float" -> Double.parseDouble(v.stringValue());
                case "date" -> LocalDate.parse(v.stringValue());
                case "datetime" -> ZonedDateTime.parse(v.stringValue());
                case "localdatetime" -> LocalDateTime.parse(v.stringValue());
                case "time" -> OffsetTime.parse(v.stringValue());
                case "localtime" -> LocalTime.parse(v.stringValue());
                case "duration" -> Values.isoDuration(v.get(0).longValue(), v.get(1).longValue(), v.get(2).longValue(),
                        v.get(3).intValue());
                case "point" -> v.size() == 3 ? Values.point(v.get(0).intValue(), v.get(1).doubleValue(),
                        v.get(2).doubleValue()) : Values.point(v.get(0).intValue(), v.get(1).doubleValue(),
                        v.get(2).doubleValue(), v.get(3).doubleValue());
                case "bytes" -> Base64.getDecoder().decode(v.stringValue());
                default -> throw new IllegalArgumentException("unknown value type '" + tag.getKey() + "'");
            };
        }
        throw new IllegalArgumentException("not a property value: " + node);
    }
}
