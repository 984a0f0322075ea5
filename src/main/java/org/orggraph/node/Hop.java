package org.orggraph.node;

import java.util.Set;
import java.util.stream.Collectors;

import org.orggraph.api.Keyset;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;

/**
 * The traversal of one relationship field, as its {@code @relationship} directive declares it: from a node of
 * label {@code from}, along {@code type} in {@code direction}, to nodes of {@code to} (any label when empty),
 * optionally restricted by a fixed relationship filter and sorted by a fixed order. Built only from enums, so
 * the Cypher made of it ({@code cypher/node/hop.cypher}) never contains user input.
 */
public record Hop(NodeLabel from, RelType type, Direction direction, Set<NodeLabel> to, RelFilter filter,
        HopOrder order) {

    public Hop {
        to = Set.copyOf(to);
    }

    public enum Direction {
        /** {@code (s)-[r]->(t)} */
        OUT,
        /** {@code (s)<-[r]-(t)} */
        IN
    }

    /**
     * Fixed restrictions on the relationship {@code r}, read against {@code $asOf} (a date, or null for today): the
     * history of a relationship is its {@code since}/{@code until}, and one without them counts as always there.
     * The statement text is the same with or without a date, so each hop keeps one plan.
     */
    public enum RelFilter {
        /** Every relationship, past ones too (a history such as memberships); under a date, those begun by then. */
        ANY(" AND (" + AsOf.BEGUN + ")"),
        /** Relationships in force: without {@code until}, or under a date, in force on that day. The default. */
        CURRENT(" AND (" + AsOf.IN_FORCE + ")"),
        /** Ended relationships (past memberships); under a date, those ended by then. */
        ENDED(" AND (" + AsOf.ENDED + ")");

        final String cypher;

        RelFilter(String cypher) {
            this.cypher = cypher;
        }
    }

    /** Fixed orders of a hop's targets (always followed by {@code t.id}). */
    public enum HopOrder {
        ID("t.id", false),
        NAME("t.name", false),
        DATE("t.date", false),
        DATE_DESC("t.date", true),
        SINCE_DESC("r.since", true);

        final String key;
        final boolean desc;

        HopOrder(String key, boolean desc) {
            this.key = key;
            this.desc = desc;
        }

        String cypher() {
            return key + (desc ? " DESC" : "");
        }
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

    /** The placeholders of {@code hop.cypher} and {@code hop-page.cypher}. */
    java.util.Map<String, String> fragments() {
        return java.util.Map.of("from", from.cypher(), "pattern", pattern(), "targets", targets(),
                "filter", filter.cypher, "order", order.cypher(), "key", order.key,
                "after", Keyset.after(order.key, order.desc, "t.id"));
    }

    @Override
    public String toString() {
        return from + (direction == Direction.OUT ? "-" + type + "->" : "<-" + type + "-") + to;
    }
}
