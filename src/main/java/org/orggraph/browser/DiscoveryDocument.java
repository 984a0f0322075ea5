package org.orggraph.browser;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a Neo4j server answers at {@code GET /} with {@code Accept: application/json}, and what Neo4j Browser reads
 * to preset its connect URL: {@code bolt_routing} first, then {@code bolt_direct}; from a {@code neo4j_version} of
 * 4 or more it also offers the database field.
 */
record DiscoveryDocument(
        @JsonProperty("bolt_routing") String boltRouting,
        @JsonProperty("bolt_direct") String boltDirect,
        @JsonProperty("neo4j_version") String neo4jVersion,
        @JsonProperty("neo4j_edition") String neo4jEdition) {
}
