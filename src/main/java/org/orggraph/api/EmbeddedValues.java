package org.orggraph.api;

import java.lang.reflect.Array;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalPath;
import org.neo4j.driver.internal.InternalRelationship;
import org.neo4j.driver.internal.value.ListValue;
import org.neo4j.driver.internal.value.MapValue;
import org.neo4j.driver.types.Entity;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.spatial.Point;
import org.neo4j.values.storable.DurationValue;

/**
 * The values of an embedded Cypher result as the driver's values, the same the driver makes of what Bolt sends: a
 * node, relationship or path with its labels, type, element ids and all its properties read now (the embedded
 * entities are only valid inside their transaction), maps and lists converted deeply, arrays as lists (bytes
 * stay bytes), points by their SRID and coordinates, durations as ISO durations; numbers, strings, booleans and the
 * java.time values as {@link Values#value(Object)} takes them. Integers are longs in both.
 */
final class EmbeddedValues {

    private EmbeddedValues() {
    }

    @SuppressWarnings("deprecation") // the numeric ids: the driver's node and relationship carry them too
    static Value value(Object value) {
        if (value == null) {
            return Values.NULL;
        }
        if (value instanceof String || value instanceof Long || value instanceof Double || value instanceof Boolean) {
            return Values.value(value);
        }
        if (value instanceof Node node) {
            return node(node).asValue();
        }
        if (value instanceof Relationship relationship) {
            return relationship(relationship).asValue();
        }
        if (value instanceof Path path) {
            List<Entity> entities = new ArrayList<>(2 * path.length() + 1);
            for (org.neo4j.graphdb.Entity entity : path) {
                entities.add(entity instanceof Node node ? node(node) : relationship((Relationship) entity));
            }
            return new InternalPath(entities).asValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Value> converted = new HashMap<>(capacity(map.size()));
            map.forEach((key, item) -> converted.put((String) key, value(item)));
            return new MapValue(converted);
        }
        if (value instanceof Collection<?> list) {
            List<Value> converted = new ArrayList<>(list.size());
            list.forEach(item -> converted.add(value(item)));
            return new ListValue(converted);
        }
        if (value instanceof Object[] array) {
            List<Value> converted = new ArrayList<>(array.length);
            for (Object item : array) {
                converted.add(value(item));
            }
            return new ListValue(converted);
        }
        if (value instanceof Point point) {
            double[] c = point.getCoordinate().getCoordinate();
            int srid = point.getCRS().getCode();
            return c.length == 3 ? Values.point(srid, c[0], c[1], c[2]) : Values.point(srid, c[0], c[1]);
        }
        if (value instanceof DurationValue duration) {
            return Values.isoDuration(duration.get(ChronoUnit.MONTHS), duration.get(ChronoUnit.DAYS),
                    duration.get(ChronoUnit.SECONDS), (int) duration.get(ChronoUnit.NANOS));
        }
        if (value.getClass().isArray() && !(value instanceof byte[])) {
            // a primitive array property (long[], double[], boolean[]...): a list, as Bolt sends it
            int length = Array.getLength(value);
            List<Value> converted = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                converted.add(Values.value(Array.get(value, i)));
            }
            return new ListValue(converted);
        }
        return Values.value(value);
    }

    @SuppressWarnings("deprecation")
    private static InternalNode node(Node node) {
        List<String> labels = new ArrayList<>();
        node.getLabels().forEach(label -> labels.add(label.name()));
        return new InternalNode(node.getId(), node.getElementId(), labels, properties(node.getAllProperties()));
    }

    @SuppressWarnings("deprecation")
    private static InternalRelationship relationship(Relationship relationship) {
        Node start = relationship.getStartNode();
        Node end = relationship.getEndNode();
        return new InternalRelationship(relationship.getId(), relationship.getElementId(), start.getId(),
                start.getElementId(), end.getId(), end.getElementId(), relationship.getType().name(),
                properties(relationship.getAllProperties()));
    }

    private static Map<String, Value> properties(Map<String, Object> properties) {
        Map<String, Value> converted = new HashMap<>(capacity(properties.size()));
        properties.forEach((key, item) -> converted.put(key, value(item)));
        return converted;
    }

    private static int capacity(int size) {
        return (int) (size / 0.75f) + 1;
    }
}
