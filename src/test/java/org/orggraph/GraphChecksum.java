package org.orggraph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;

/**
 * Counts and a SHA-256 over every node (labels, properties) and relationship (type, ends, properties) but the schema
 * migrations' bookkeeping: two databases with the same checksum hold the same graph. {@code leaveOut} is a Cypher
 * condition on {@code n} of the nodes (and the relationships from them) that do not count, e.g. the change event of
 * an import that made the copy.
 */
public final class GraphChecksum {

    private GraphChecksum() {
    }

    public static String of(Driver driver, String leaveOut, Map<String, Object> parameters) {
        return of(driver, leaveOut, "false", parameters);
    }

    /** The same, also without the relationships {@code r} for which {@code leaveOutRelationships} holds. */
    public static String of(Driver driver, String leaveOut, String leaveOutRelationships,
            Map<String, Object> parameters) {
        List<String> lines = new ArrayList<>();
        driver.executableQuery("MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT (" + leaveOut + ")"
                        + " RETURN labels(n) AS labels, properties(n) AS props")
                .withParameters(parameters).execute().records()
                .forEach(r -> lines.add("N" + r.get("labels").asList(v -> v.asString()).stream().sorted().toList()
                        + new TreeMap<>(r.get("props").asMap())));
        driver.executableQuery("MATCH (n)-[r]->(b) WHERE NOT n:__Neo4jMigration AND NOT (" + leaveOut + ")"
                        + " AND NOT (" + leaveOutRelationships + ")"
                        + " RETURN type(r) AS type, n.id AS a, b.id AS b, properties(r) AS props")
                .withParameters(parameters).execute().records()
                .forEach(r -> lines.add("R" + r.get("type").asString() + " " + r.get("a").asString() + " "
                        + r.get("b").asString() + new TreeMap<>(r.get("props").asMap())));
        lines.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            lines.forEach(l -> sha.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            return lines.size() + " " + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
