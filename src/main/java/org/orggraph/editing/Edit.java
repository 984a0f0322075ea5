package org.orggraph.editing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.orggraph.api.ApiException;
import org.orggraph.api.CypherFiles;
import org.orggraph.editing.MutationError.ErrorCode;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;
import org.orggraph.node.NodeResolver;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * One mutation's work inside its transaction: the nodes it touches, locked first and in id order (so two
 * mutations of the same nodes never interleave, and never wait on each other in a circle), the validation errors
 * found so far, and the statements and change events it writes. {@link #check()} ends validation: any error
 * rolls the whole transaction back.
 */
final class Edit {

    private final Neo4jClient client;
    private final CypherFiles cypher;
    private final String actor;
    private final LocalDate today;
    private final List<MutationError> errors = new ArrayList<>();
    /** Locked nodes: id → element id; and their labels. */
    private final Map<String, String> elements = new HashMap<>();
    private final Map<String, List<String>> labels = new HashMap<>();

    Edit(Neo4jClient client, CypherFiles cypher, String actor, LocalDate today) {
        this.client = client;
        this.cypher = cypher;
        this.actor = actor;
        this.today = today;
    }

    /** A node a mutation names: in field {@code field}, an id of one of {@code labels}. */
    record Ref(String field, String id, boolean required, NodeLabel... labels) {

        static Ref required(String field, String id, NodeLabel... labels) {
            return new Ref(field, id, true, labels);
        }

        static Ref optional(String field, String id, NodeLabel... labels) {
            return new Ref(field, id, false, labels);
        }
    }

    /**
     * Checks and write-locks every node the mutation names, in id order: a missing required id is REQUIRED, an id
     * of no or another kind WRONG_KIND / INVALID, one that names nothing NOT_FOUND.
     */
    Edit lock(Ref... refs) {
        Map<String, List<Ref>> byId = new TreeMap<>();
        for (Ref ref : refs) {
            if (ref.id() == null || ref.id().isBlank()) {
                if (ref.required()) {
                    error(ErrorCode.REQUIRED, ref.field(), ref.field() + " is required");
                }
                continue;
            }
            NodeLabel label;
            try {
                label = NodeResolver.labelOf(ref.id());
            } catch (ApiException e) {
                error(ErrorCode.INVALID, ref.field(), e.getMessage());
                continue;
            }
            if (ref.labels().length > 0 && !Arrays.asList(ref.labels()).contains(label)) {
                error(ErrorCode.WRONG_KIND, ref.field(), "'" + ref.id() + "' is a " + label + "; " + ref.field()
                        + " must name a " + Arrays.stream(ref.labels()).map(Enum::name).collect(Collectors.joining(" or ")));
                continue;
            }
            byId.computeIfAbsent(ref.id(), id -> new ArrayList<>()).add(ref);
        }
        byId.forEach((id, named) -> {
            if (!elements.containsKey(id)) {
                NodeLabel label = NodeResolver.labelOf(id);
                List<Map<String, Object>> rows = run(cypher.render("editing/lock", Map.of("label", label.cypher())),
                        Map.of("id", id));
                if (!rows.isEmpty()) {
                    elements.put(id, (String) rows.get(0).get("element"));
                    @SuppressWarnings("unchecked")
                    List<String> found = (List<String>) rows.get(0).get("labels");
                    labels.put(id, found);
                }
            }
            if (!elements.containsKey(id)) {
                error(ErrorCode.NOT_FOUND, named.get(0).field(), "No " + NodeResolver.labelOf(id) + " with id '" + id + "'");
            }
        });
        return this;
    }

    /** The ids of the nodes this mutation locked: what it touched, for the audit trail. */
    List<String> touched() {
        return new java.util.ArrayList<>(new java.util.TreeSet<>(labels.keySet()));
    }

    /** The element ids of the nodes this mutation locked or created: where its link maintenance starts. */
    List<String> touchedElements() {
        return List.copyOf(elements.values());
    }

    /** The element id of a locked node (for statements: {@code WHERE elementId(n) = $x}), or null. */
    String element(String id) {
        return id == null ? null : elements.get(id);
    }

    /** Whether a locked node carries a label (e.g. Member). */
    boolean has(String id, NodeLabel label) {
        return labels.getOrDefault(id, List.of()).contains(label.name());
    }

    boolean found(String id) {
        return id != null && elements.containsKey(id);
    }

    void error(ErrorCode code, String field, String message) {
        errors.add(new MutationError(code, field, message));
    }

    boolean ok() {
        return errors.isEmpty();
    }

    /** Required text: present and not blank. */
    void required(String field, String value) {
        if (value == null || value.isBlank()) {
            error(ErrorCode.REQUIRED, field, field + " is required");
        }
    }

    /** A date not after today; null means today. */
    LocalDate date(String field, LocalDate date) {
        if (date == null) {
            return today;
        }
        if (date.isAfter(today)) {
            error(ErrorCode.DATE_IN_FUTURE, field, field + " " + date + " is in the future (today is " + today + ")");
        }
        return date;
    }

    /** {@code date} must not be before {@code earliest} (what it follows: a membership's start…). */
    void notBefore(String field, LocalDate date, LocalDate earliest, String what) {
        if (date != null && earliest != null && date.isBefore(earliest)) {
            error(ErrorCode.DATE_ORDER, field, field + " " + date + " is before " + what + " (" + earliest + ")");
        }
    }

    /** No id twice in a list. */
    void distinct(String field, Collection<String> ids) {
        Set<String> seen = new java.util.HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                error(ErrorCode.DUPLICATE, field, "'" + id + "' is listed twice in " + field);
            }
        }
    }

    /** Ends validation: with any error the transaction rolls back and the mutation reports them. */
    void check() {
        if (!errors.isEmpty()) {
            throw new Rejected(errors);
        }
    }

    /** Runs one statement of the transaction and returns its rows. */
    List<Map<String, Object>> run(String statement, Map<String, Object> params) {
        return new ArrayList<>(client.query(statement).bindAll(params).fetch().all());
    }

    /** One of the editing Cypher files with its placeholders (labels and types from the model's enums). */
    String render(String name, Map<String, String> fragments) {
        return cypher.render("editing/" + name, fragments);
    }

    /** Runs one of the editing Cypher files. */
    List<Map<String, Object>> file(String name, Map<String, Object> params) {
        return run(cypher.load("editing/" + name), params);
    }

    /** The first row of one of the editing Cypher files, or an empty map. */
    Map<String, Object> one(String name, Map<String, Object> params) {
        List<Map<String, Object>> rows = file(name, params);
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    String actor() {
        return actor;
    }

    LocalDate today() {
        return today;
    }

    /** Registers a node this mutation created, so later statements and the change event can name it. */
    void created(String id, String element, NodeLabel label) {
        elements.put(id, element);
        labels.put(id, List.of(label.name()));
    }

    /** A relationship in force (no until) from a locked node: the target's id, labels, since. */
    record Current(String id, List<String> labels, LocalDate since, Map<String, Object> properties) {
    }

    /** The relationships of {@code type} in force from a locked node, by target id. */
    @SuppressWarnings("unchecked")
    List<Current> current(String subjectId, RelType type) {
        return run(cypher.render("editing/current", Map.of("type", type.cypher())),
                Map.of("subject", element(subjectId))).stream()
                .map(row -> new Current((String) row.get("id"), (List<String>) row.get("labels"),
                        (LocalDate) row.get("since"), (Map<String, Object>) row.get("properties")))
                .toList();
    }

    /**
     * History, not overwrite: ends the relationships of {@code type} in force from a locked node on {@code date}
     * and, when {@code toId} is given, opens one to it from that day.
     */
    void move(String subjectId, RelType type, String toId, LocalDate date, Map<String, Object> properties) {
        run(cypher.render("editing/move", Map.of("type", type.cypher())), params("subject", element(subjectId),
                "to", element(toId), "date", date, "properties", properties));
    }

    /** Relationships of {@code type} from each of {@code sources} to each of {@code targets} (locked or created ids). */
    void link(RelType type, List<String> sources, List<String> targets, Map<String, Object> properties) {
        if (sources.isEmpty() || targets.isEmpty()) {
            return;
        }
        run(cypher.render("editing/link", Map.of("type", type.cypher())), params("sources",
                sources.stream().map(this::element).toList(), "targets", targets.stream().map(this::element).toList(),
                "properties", properties));
    }

    /** Parameters from alternating names and values (values may be null, unlike Map.of). */
    static Map<String, Object> params(Object... namesAndValues) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }
}
