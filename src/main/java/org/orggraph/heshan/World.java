package org.orggraph.heshan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.orggraph.heshan.Model.Alliance;
import org.orggraph.heshan.Model.Building;
import org.orggraph.heshan.Model.Community;
import org.orggraph.heshan.Model.Compound;
import org.orggraph.heshan.Model.District;
import org.orggraph.heshan.Model.Member;
import org.orggraph.heshan.Model.Node;
import org.orggraph.heshan.Model.Park;
import org.orggraph.heshan.Model.Po;
import org.orggraph.heshan.Model.Simple;
import org.orggraph.heshan.Model.Unit;
import org.orggraph.heshan.Model.Village;
import org.orggraph.importer.GraphBatch;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything one generation run shares: the batch being written, the model built so far, id counters and the
 * seeded random sources. Each step draws from its own {@link #random(int) stream}, so that the structure (drawn
 * before any person exists) is identical at every scale and a change in one step does not reshuffle the others.
 */
final class World {

    private final long seed;
    final int scale;
    final GraphBatch batch = new GraphBatch();
    final Names names = new Names();
    private final RosterDetails roster;

    final Simple city = new Simple(NodeLabel.City, "city:heshan");
    District street;
    final List<District> towns = new ArrayList<>();
    final List<Village> villages = new ArrayList<>();
    final List<Community> communities = new ArrayList<>();
    final List<Compound> compounds = new ArrayList<>();
    final List<Building> buildings = new ArrayList<>();
    final List<Park> parks = new ArrayList<>();
    final List<Alliance> alliances = new ArrayList<>();
    final List<Unit> units = new ArrayList<>();
    final List<Po> pos = new ArrayList<>();
    final List<Member> members = new ArrayList<>();
    Po cityCommittee;
    Po cityAgencies;

    /** Service center ids by the id of the place they serve (looked up, never iterated for output order). */
    final Map<String, String> serviceCenterOf = new LinkedHashMap<>();
    /** Resident units on each main-urban community's expanded committee, by community id. */
    final Map<String, List<Unit>> representedOn = new LinkedHashMap<>();
    /** Each community's secretary (a member of its party organization and one of its community workers). */
    final Map<String, Member> secretaryOf = new LinkedHashMap<>();

    private int events;
    private int persons;
    /** Writes a change's before and after states as JSON objects, as the mutations do (editing/Editor). */
    private final JsonMapper json = JsonMapper.builder().build();

    World(long seed, int scale) {
        this.seed = seed;
        this.scale = scale;
        this.roster = new RosterDetails(seed);
    }

    /** An independent, reproducible random stream for one step of the generation. */
    Random random(int stream) {
        return new Random(seed * 1_000_003L + stream);
    }

    String nextPersonId() {
        return "person:" + Model.pad(++persons, 6);
    }

    int personCount() {
        return persons;
    }

    void node(Node node, Map<String, Object> properties) {
        batch.node(node.label(), node.id(),
                node.label() == NodeLabel.Person ? roster.of(node.id(), properties) : properties);
    }

    void member(Member member, Map<String, Object> properties) {
        batch.node(NodeLabel.Person, Set.of(NodeLabel.Member), member.id(), roster.of(member.id(), properties));
    }

    void rel(Node from, RelType type, Node to) {
        batch.relationship(from.label(), from.id(), type, to.label(), to.id(), Map.of());
    }

    void rel(Node from, RelType type, Node to, Map<String, Object> properties) {
        batch.relationship(from.label(), from.id(), type, to.label(), to.id(), properties);
    }

    /** A ChangeEvent: what changed ({@code CHANGED}), optionally where it went ({@code INTO}). */
    void event(String type, LocalDate date, String description, Node changed, Node into, Object... more) {
        Simple event = new Simple(NodeLabel.ChangeEvent, "event:" + Model.pad(++events, 4));
        Map<String, Object> properties = Model.props("type", type, "date", date, "description", description);
        properties.putAll(Model.props(more));
        node(event, properties);
        rel(event, RelType.CHANGED, changed);
        if (into != null) {
            rel(event, RelType.INTO, into);
        }
    }

    /**
     * A ChangeEvent in the shape the mutations write: also the state {@code before} and {@code after} the change,
     * each a JSON object of the named fields (a null value stays, e.g. {@code {"alliance":null}}).
     */
    void change(String type, LocalDate date, String description, Node changed, Node into,
            Map<String, Object> before, Map<String, Object> after, Object... more) {
        Object[] all = java.util.Arrays.copyOf(more, more.length + 4);
        all[more.length] = "before";
        all[more.length + 1] = json.writeValueAsString(before);
        all[more.length + 2] = "after";
        all[more.length + 3] = json.writeValueAsString(after);
        event(type, date, description, changed, into, all);
    }

    /** A state for {@link #change}: field names and values, in order, nulls kept. */
    static Map<String, Object> state(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            map.put((String) keysAndValues[i], value instanceof LocalDate day ? day.toString() : value);
        }
        return map;
    }

    static LocalDate date(Random random, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return from.plusDays(days <= 0 ? 0 : random.nextInt((int) days + 1));
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    List<Community> mainUrban() {
        return communities.stream().filter(c -> c.mainUrban).toList();
    }
}
