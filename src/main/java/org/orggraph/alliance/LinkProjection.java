package org.orggraph.alliance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;

import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.TransactionConfig;
import org.orggraph.api.CypherFiles;
import org.orggraph.model.NodeLabel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The link projection: the links between organizations kept in the graph as {@code LINKED} relationships with
 * their weight and per-kind counts ({@code cypher/alliance/link-projection-refresh.cypher} says how), so that
 * ranking and paging an alliance's links reads a few hundred relationships instead of walking every evidence path
 * of every member (about 350,000 database hits for the largest alliance at scale 1).
 *
 * <p>Every write that changes evidence keeps it current in its own transaction: the mutations (through the
 * editor, with the nodes they locked or created) and the import (all of it). Whoever writes passes its
 * transaction as {@link Statements}, so the projection commits or rolls back with the write.
 */
@Component
public class LinkProjection {

    static final int WHOLE_AT = 50_000;

    /** Organizations recomputed per statement when the whole projection is: keeps each statement's rows small. */
    static final int BATCH = 50;

    /** Computing the whole projection is no client's request: the API's read timeout is not for it. */
    private static final TransactionConfig WHOLE = TransactionConfig.builder().withTimeout(Duration.ofMinutes(10)).build();

    private static final Logger log = LoggerFactory.getLogger(LinkProjection.class);

    private final CypherFiles cypher;

    public LinkProjection(CypherFiles cypher) {
        this.cypher = cypher;
    }

    /** The statements of one transaction: runs one and returns its rows. */
    @FunctionalInterface
    public interface Statements {
        List<Map<String, Object>> run(String statement, Map<String, Object> parameters);

        /** The statements of a driver's transaction. */
        static Statements of(SimpleQueryRunner tx) {
            return (statement, parameters) -> tx.run(statement, parameters).list(Record::asMap);
        }
    }

    /**
     * Recomputes the links a write around these nodes (element ids of the nodes it locked or created, after it
     * wrote) may have changed; returns the number of organizations recomputed.
     */
    public int refreshAround(Statements tx, Collection<String> elements) {
        if (elements.isEmpty()) {
            return 0;
        }
        long started = System.nanoTime();
        List<String> ends = ends(tx, elements);
        refresh(tx, ends);
        log.debug("Link projection: {} organizations around {} nodes recomputed in {} ms", ends.size(),
                elements.size(), (System.nanoTime() - started) / 1_000_000);
        return ends.size();
    }

    /**
     * Runs {@code delete}, which deletes the nodes {@code elements} (element ids) in this transaction, and recomputes
     * the links it changed; returns the number of organizations recomputed. The organizations around the nodes are
     * found before the delete: afterwards the paths through them, the only way to those ends, are gone. An
     * organization deleted with them takes its own LINKED relationships along; it is no way between two others.
     */
    public int refreshAroundDeleted(Statements tx, Collection<String> elements, Runnable delete) {
        List<String> ends = elements.isEmpty() ? List.of() : ends(tx, elements);
        delete.run();
        refresh(tx, ends);
        return ends.size();
    }

    private List<String> ends(Statements tx, Collection<String> elements) {
        return elements(tx.run(cypher.load("alliance/link-projection-ends"), Map.of("elements", List.copyOf(elements))));
    }

    /**
     * The same around nodes named by their ids (an import: the nodes of its rows and the ends of its relationships).
     * Past {@value #WHOLE_AT} ids the whole projection is recomputed instead: by then nearly every organization is
     * around them anyway.
     */
    public int refreshAroundIds(Statements tx, Map<NodeLabel, Set<String>> ids) {
        int count = ids.values().stream().mapToInt(Set::size).sum();
        if (count > WHOLE_AT) {
            return (int) refreshAll(tx);
        }
        List<String> elements = new ArrayList<>(count);
        ids.forEach((label, labelIds) -> elements.addAll(elements(tx.run(cypher.render(
                "alliance/link-projection-elements", Map.of("label", label.cypher())), Map.of("ids", List.copyOf(labelIds))))));
        return refreshAround(tx, elements);
    }

    /** Recomputes the whole projection (after a load or an import); returns the number of LINKED relationships. */
    public long refreshAll(Statements tx) {
        List<String> organizations = elements(tx.run(cypher.load("alliance/link-projection-organizations"), Map.of()));
        for (int from = 0; from < organizations.size(); from += BATCH) {
            refresh(tx, organizations.subList(from, Math.min(organizations.size(), from + BATCH)));
        }
        return count(tx);
    }

    /**
     * Computes the whole projection in one transaction of its own when the graph has none (a new data directory
     * after its reference data load, one from before the projection, the bench's load); returns the number of
     * LINKED relationships, or -1 when they were there already. One transaction: the projection is all there or
     * not at all, so a start that stopped half way computes it again; and of two app instances starting over one
     * database, the second waits for the first's (link-projection-lock.cypher) and then finds it there.
     */
    public long ensure(Driver driver) {
        return inItsOwnTransaction(driver, true);
    }

    /** Recomputes the whole projection in one transaction of its own (after a bulk load); returns its size. */
    public long refreshAllIn(Driver driver) {
        return inItsOwnTransaction(driver, false);
    }

    /**
     * Has Neo4j plan the maintenance statements (the walk is a 21-branch UNION that takes seconds to plan) with no
     * organizations, which writes nothing: otherwise the first mutation after a start would wait for it.
     */
    public void plan(Driver driver) {
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                Statements statements = Statements.of(tx);
                statements.run(cypher.load("alliance/link-projection-ends"), Map.of("elements", List.of()));
                statements.run(refreshStatement(), Map.of("elements", List.of()));
            }, WHOLE);
        }
    }

    private String refreshStatement() {
        return cypher.render("alliance/link-projection-refresh",
                Map.of("memberLinks", cypher.load("alliance/member-link-patterns")));
    }

    private long inItsOwnTransaction(Driver driver, boolean onlyWhenMissing) {
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> {
                Statements statements = Statements.of(tx);
                statements.run(cypher.load("alliance/link-projection-lock"), Map.of());
                long links = onlyWhenMissing && count(statements) > 0 ? -1L : refreshAll(statements);
                statements.run(cypher.load("alliance/link-projection-unlock"), Map.of());
                return links;
            }, WHOLE);
        }
    }

    /** The number of LINKED relationships: none on a graph whose projection was never computed. */
    public long count(Statements tx) {
        return ((Number) tx.run(cypher.load("alliance/link-projection-count"), Map.of()).get(0).get("links"))
                .longValue();
    }

    private void refresh(Statements tx, List<String> organizations) {
        if (organizations.isEmpty()) {
            return;
        }
        Map<String, Object> params = Map.of("elements", List.copyOf(organizations));
        tx.run(cypher.load("alliance/link-projection-clear"), params);
        tx.run(refreshStatement(), params);
    }

    private static List<String> elements(List<Map<String, Object>> rows) {
        List<String> elements = new ArrayList<>(rows.size());
        rows.forEach(row -> elements.add((String) row.get("element")));
        return elements;
    }
}
