package org.orggraph.node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import graphql.schema.SelectedField;
import org.neo4j.driver.Value;
import org.orggraph.model.NodeLabel;
import org.springframework.stereotype.Component;

/**
 * The one read path: every node the API returns — fields, lists, {@code node(s)}, search, neighbourhood, paths,
 * evidence — leaves the database through here. Each label has an allowlist of properties, the components of its
 * GraphQL record; statements receive it as {@code $allow} and project nodes with it
 * ({@code {labels: labels(n), properties: [k IN $allow[head(labels(n))] | [k, n[k]]]}}), so a property that is not
 * on the list is never even read, and no statement returns {@code properties(n)} of a node; lists and
 * relationship fields narrow it further to the properties their selection asks for ({@link #selected}). What
 * leaves is masked by role at the fields of the GraphQL types ({@link PersonalData}), whatever path reached the
 * object.
 */
@Component
public class ReadPath {

    private final Map<NodeLabel, RecordMapper<?>> nodes = new EnumMap<>(NodeLabel.class);
    private final Map<Class<?>, RecordMapper<?>> byClass = new HashMap<>();
    private final Map<String, RecordMapper<?>> relationships = new HashMap<>();
    private final Map<String, List<String>> allowlist = new TreeMap<>();
    /** The record components that tell a label ({@code isMember}), of any type. */
    private final Set<String> labelFlags = new HashSet<>();
    private final PersonalData personalData;

    public ReadPath(List<NodeTypes> types, PersonalData personalData) {
        this.personalData = personalData;
        for (NodeTypes feature : types) {
            for (NodeType type : feature.nodes()) {
                RecordMapper<?> mapper = new RecordMapper<>(type.type());
                if (nodes.put(type.label(), mapper) != null) {
                    throw new IllegalStateException("Two GraphQL types for the label " + type.label());
                }
                byClass.put(type.type(), mapper);
            }
            for (Class<? extends Record> record : feature.relationships()) {
                relationships.put(record.getSimpleName(), new RecordMapper<>(record));
            }
        }
        for (NodeLabel label : NodeLabel.values()) {
            if (label != NodeLabel.Member && !nodes.containsKey(label)) {
                throw new IllegalStateException("The label " + label + " has no GraphQL type: add a NodeType for it");
            }
        }
        nodes.forEach((label, mapper) -> allowlist.put(label.name(), mapper.properties()));
        // Members are people with an extra label; whichever label a statement sees first, the list is the same.
        allowlist.put(NodeLabel.Member.name(), allowlist.get(NodeLabel.Person.name()));
        nodes.values().forEach(mapper -> labelFlags.addAll(mapper.labelFlags()));
    }

    /** The {@code $allow} parameter of every statement that returns nodes: label → properties that may leave. */
    public Map<String, List<String>> allowlist() {
        return allowlist;
    }

    /**
     * The properties a selection of node fields reads ({@code id} always: the fields below a node find it by id), or
     * {@code null} for all of the allowlist: when a selected field is neither a property nor a relationship field, an
     * app's fetcher computes it and may read any component of the object. Masking needs nothing more: it looks at
     * the field and the caller's roles only.
     */
    public Set<String> selected(List<SelectedField> fields) {
        Set<String> selected = new TreeSet<>(Set.of("id"));
        for (SelectedField field : fields) {
            if (field.getName().equals("__typename") || labelFlags.contains(field.getName())
                    || field.getFieldDefinitions().stream().allMatch(d -> d.hasAppliedDirective("relationship"))) {
                continue;
            }
            for (String type : field.getObjectTypeNames()) {
                List<String> allowed = allowlist.get(type);
                if (allowed == null || !allowed.contains(field.getName())) {
                    return null;
                }
            }
            selected.add(field.getName());
        }
        return selected;
    }

    /** The {@code $allow} parameter narrowed to these properties ({@link #selected}; null: the whole allowlist). */
    public Map<String, List<String>> allowlist(Set<String> selected) {
        if (selected == null) {
            return allowlist;
        }
        Map<String, List<String>> narrowed = new TreeMap<>();
        allowlist.forEach((label, names) -> narrowed.put(label, names.stream().filter(selected::contains).toList()));
        return narrowed;
    }

    /** The GraphQL object of a node as statements project it ({@code {labels, properties}}), or {@code null}. */
    public Object object(Value node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return object(properties(node), labels(node));
    }

    /** The GraphQL object of a node's allowed properties and labels, or {@code null} for an unknown label. */
    public Object object(Map<String, Object> properties, Collection<String> labels) {
        NodeLabel label = labelOf(labels);
        return label == null ? null : nodes.get(label).map(properties, labels);
    }

    /** The allowed properties of a projected node, by name (for drawings). */
    public Map<String, Object> properties(Value node) {
        Map<String, Object> properties = new LinkedHashMap<>();
        Value pairs = node.get("properties");
        if (!pairs.isNull()) {
            for (Value pair : pairs.values()) {
                properties.put(pair.get(0).asString(), pair.get(1).asObject());
            }
        }
        return properties;
    }

    /**
     * The allowed properties of a node (as read by {@link #properties}) that a drawing may list as they are: without the personal data
     * of its type (a drawing shows no mobile numbers; its {@code node} field reaches them, masked by role).
     */
    public Map<String, Object> drawable(Map<String, Object> properties, Collection<String> labels) {
        Map<String, Object> drawable = new LinkedHashMap<>(properties);
        NodeLabel label = labelOf(labels);
        if (label != null) {
            personalData.of(label.name()).keySet().forEach(drawable::remove);
        }
        return drawable;
    }

    /** The labels of a projected node. */
    public List<String> labels(Value node) {
        return new ArrayList<>(node.get("labels").asList(Value::asString));
    }

    /** The model label that names a node's GraphQL type ({@code Person} for a member), or {@code null}. */
    public NodeLabel labelOf(Collection<String> labels) {
        for (String name : labels) {
            NodeLabel label = NodeLabel.of(name);
            if (label != null && label != NodeLabel.Member && nodes.containsKey(label)) {
                return label;
            }
        }
        return null;
    }

    /** The id of a GraphQL node object. */
    public String idOf(Object node) {
        RecordMapper<?> mapper = byClass.get(node.getClass());
        if (mapper == null) {
            throw new IllegalArgumentException("Not a node object: " + node.getClass().getName());
        }
        return (String) mapper.component(node, "id");
    }

    /** Whether a GraphQL type name is that of a relationship record (e.g. {@code Membership}). */
    public boolean isRelationship(String typeName) {
        return relationships.containsKey(typeName);
    }

    /** The record class of a node label's GraphQL type. */
    public Class<?> typeOf(NodeLabel label) {
        return nodes.get(label).type();
    }

    /** The record class of a relationship GraphQL type. */
    public Class<?> relationshipType(String typeName) {
        return relationships.get(typeName).type();
    }

    /** A relationship record of {@code typeName} from its two ends and the relationship's properties. */
    public Object relationship(String typeName, Object source, Object target, Map<String, Object> properties) {
        return relationships.get(typeName).relationship(source, target, properties);
    }
}
