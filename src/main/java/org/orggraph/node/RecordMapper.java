package org.orggraph.node;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Builds a GraphQL record from a node's properties: each record component takes the property of the same name,
 * numbers converted to the component's type. A boolean component named {@code is<Label>} (e.g.
 * {@code isMember}) tells whether the node carries that extra label. The components other than those are the
 * only properties of the label that may leave the server ({@link #properties()}, see {@link ReadPath}).
 *
 * <p>For a relationship record (e.g. {@code Membership}), a component whose type is that of the source or of the
 * target object takes that object; the others take the relationship's properties.
 */
final class RecordMapper<T extends Record> {

    private final Class<T> type;
    private final RecordComponent[] components;
    private final Constructor<T> constructor;

    RecordMapper(Class<T> type) {
        this.type = type;
        this.components = type.getRecordComponents();
        try {
            this.constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            this.constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
        }
    }

    Class<T> type() {
        return type;
    }

    /** The node properties this record shows: its components, without the label flags. */
    List<String> properties() {
        return Arrays.stream(components).map(RecordComponent::getName).filter(name -> !isLabelFlag(name)).toList();
    }

    /** The components that tell a label ({@code isMember}): read from the labels, which every node comes with. */
    List<String> labelFlags() {
        return Arrays.stream(components).map(RecordComponent::getName).filter(this::isLabelFlag).toList();
    }

    /** The value of one component of a record of this type (e.g. its {@code id}). */
    Object component(Object record, String name) {
        for (RecordComponent component : components) {
            if (component.getName().equals(name)) {
                try {
                    java.lang.reflect.Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    return accessor.invoke(record);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + " has no component " + name);
    }

    /** A relationship record: source and target objects by type, the rest from the relationship's properties. */
    T relationship(Object source, Object target, Map<String, Object> properties) {
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            Class<?> kind = component.getType();
            if (kind != Object.class && kind.isInstance(source)) {
                args[i] = source;
            } else if (kind.isInstance(target)) {
                args[i] = target;
            } else {
                args[i] = convert(properties.get(component.getName()), kind, component.getName());
            }
        }
        return construct(args, properties);
    }

    private boolean isLabelFlag(String name) {
        return Arrays.stream(components).anyMatch(c -> c.getName().equals(name) && c.getType() == boolean.class)
                && name.startsWith("is") && name.length() > 2 && Character.isUpperCase(name.charAt(2));
    }

    T map(Map<String, Object> properties, Collection<String> labels) {
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            String name = component.getName();
            if (isLabelFlag(name)) {
                args[i] = labels.contains(name.substring(2));
            } else {
                args[i] = convert(properties.get(name), component.getType(), name);
            }
        }
        return construct(args, properties);
    }

    private T construct(Object[] args, Map<String, Object> properties) {
        try {
            return constructor.newInstance(args);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName() + " from " + properties.keySet(), e);
        }
    }

    private Object convert(Object value, Class<?> target, String name) {
        if (value == null) {
            if (target == boolean.class) {
                return false;
            }
            if (target.isPrimitive()) {
                return target == double.class ? 0.0 : target == long.class ? 0L : 0;
            }
            return null;
        }
        if (target.isInstance(value)) {
            return value;
        }
        if (value instanceof Number number) {
            if (target == int.class || target == Integer.class) {
                return number.intValue();
            }
            if (target == long.class || target == Long.class) {
                return number.longValue();
            }
            if (target == double.class || target == Double.class) {
                return number.doubleValue();
            }
        }
        if (target == boolean.class && value instanceof Boolean b) {
            return b;
        }
        if (target == LocalDate.class) {
            if (value instanceof LocalDateTime dateTime) {
                return dateTime.toLocalDate();
            }
            if (value instanceof ZonedDateTime dateTime) {
                return dateTime.toLocalDate();
            }
            return LocalDate.parse(value.toString());
        }
        if (target == String.class) {
            return value.toString();
        }
        if (target == List.class && value instanceof List<?> list) {
            return List.copyOf(list);
        }
        throw new IllegalStateException(type.getSimpleName() + "." + name + " cannot take " + value.getClass()
                .getSimpleName() + " " + value);
    }
}
