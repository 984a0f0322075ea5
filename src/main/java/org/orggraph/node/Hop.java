package org.orggraph.node;

import java.util.Set;
import java.util.stream.Collectors;

import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;

/**
 * One relationship field of the graph API: from a node of label {@code from}, along {@code type} in
 * {@code direction}, to nodes of {@code to} (any label when empty), optionally restricted by a fixed
 * relationship filter and sorted by a fixed order. Built only from enums, so the Cypher made of it
 * ({@code cypher/node/hop.cypher}) never contains user input.
 */
public record Hop(NodeLabel from, RelType type, Direction direction, Set<NodeLabel> to, RelFilter filter,
        HopOrder order) {

    public enum Direction {
        /** {@code (s)-[r]->(t)} */
        OUT,
        /** {@code (s)<-[r]-(t)} */
        IN
    }

    /** Fixed restrictions on the relationship {@code r}. */
    public enum RelFilter {
        NONE(""),
        /** Open-ended relationships: the current membership. */
        CURRENT(" AND r.until IS NULL"),
        /** Closed relationships: past memberships. */
        ENDED(" AND r.until IS NOT NULL");

        final String cypher;

        RelFilter(String cypher) {
            this.cypher = cypher;
        }
    }

    /** Fixed orders of a hop's targets (always followed by {@code t.id}). */
    public enum HopOrder {
        ID("t.id"),
        NAME("t.name"),
        DATE("t.date"),
        DATE_DESC("t.date DESC"),
        SINCE_DESC("r.since DESC");

        final String cypher;

        HopOrder(String cypher) {
            this.cypher = cypher;
        }
    }

    public static Hop out(NodeLabel from, RelType type, NodeLabel... to) {
        return new Hop(from, type, Direction.OUT, Set.of(to), RelFilter.NONE, HopOrder.ID);
    }

    public static Hop in(NodeLabel from, RelType type, NodeLabel... to) {
        return new Hop(from, type, Direction.IN, Set.of(to), RelFilter.NONE, HopOrder.ID);
    }

    public Hop where(RelFilter relFilter) {
        return new Hop(from, type, direction, to, relFilter, order);
    }

    public Hop orderBy(HopOrder hopOrder) {
        return new Hop(from, type, direction, to, filter, hopOrder);
    }

    String pattern() {
        return direction == Direction.OUT
                ? "(s)-[r:" + type.cypher() + "]->(t)"
                : "(s)<-[r:" + type.cypher() + "]-(t)";
    }

    String targets() {
        if (to.isEmpty()) {
            return "true";
        }
        return to.stream().sorted().map(l -> "t:" + l.cypher()).collect(Collectors.joining(" OR ", "(", ")"));
    }

    @Override
    public String toString() {
        return from + (direction == Direction.OUT ? "-" + type + "->" : "<-" + type + "-") + to;
    }
}
