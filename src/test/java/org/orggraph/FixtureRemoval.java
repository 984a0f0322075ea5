package org.orggraph;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.orggraph.alliance.LinkProjection;

/**
 * How a test removes what it wrote into the shared Heshan graph with raw Cypher: in one transaction that also
 * recomputes the link projection (LINKED) around what it deletes, as the app's own writes keep it. A bare
 * {@code DETACH DELETE} would leave the links through the deleted nodes standing for every later test class.
 */
public record FixtureRemoval(Driver driver, LinkProjection links) {

    private static final String DELETE = """
            UNWIND $elements AS element
            MATCH (n)
            WHERE elementId(n) = element
            DETACH DELETE n""";

    /**
     * Deletes the nodes (and their relationships) that {@code select} returns in its column {@code n} (nulls and
     * repeats allowed); returns how many nodes it deleted.
     */
    public int delete(String select, Map<String, Object> parameters) {
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> {
                List<String> elements = tx.run(select, parameters).list(row -> row.get("n")).stream()
                        .filter(n -> !n.isNull()).map(Value::asNode).map(n -> n.elementId()).distinct().toList();
                links.refreshAroundDeleted(LinkProjection.Statements.of(tx), elements,
                        () -> tx.run(DELETE, Map.of("elements", elements)).consume());
                return elements.size();
            });
        }
    }

    /** Deletes the nodes with these ids and the change events about them (CHANGED or INTO them). */
    public int deleteWithTheirChanges(List<String> ids) {
        return delete("""
                UNWIND $ids AS id
                MATCH (x {id: id})
                OPTIONAL MATCH (e:ChangeEvent)-[:CHANGED|INTO]->(x)
                UNWIND [x, e] AS n
                RETURN n""", Map.of("ids", List.copyOf(Objects.requireNonNull(ids))));
    }
}
