package org.orggraph;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.orggraph.graph.EmbeddedNeo4j;

/** A Bolt client of its own, as an analyst's tool would be: not the app's driver bean. */
public final class TestDriver {

    private TestDriver() {
    }

    public static Driver externalClient(EmbeddedNeo4j embedded, String password) {
        return GraphDatabase.driver(embedded.boltUri(), AuthTokens.basic("neo4j", password));
    }
}
