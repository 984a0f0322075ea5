package org.orggraph.graph;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;

/**
 * The Neo4j users of analysts, who run Cypher over Bolt (Neo4j Browser, the {@code cypher} command): kept in Neo4j's
 * system database, apart from the app's users. On the embedded database every one of them reads only
 * ({@link ReadOnlyBoltUsers}); the app's own user {@value EmbeddedCredentials#USERNAME} is never touched here.
 */
public final class BoltUsers {

    private static final QueryConfig SYSTEM = QueryConfig.builder().withDatabase("system").build();

    private final Driver driver;

    /** @param driver connected as the database's administrator */
    public BoltUsers(Driver driver) {
        this.driver = driver;
    }

    /** Creates the user, or gives an existing one this password. */
    public void put(String name, String password) {
        refuseAdministrator(name);
        driver.executableQuery("CREATE OR REPLACE USER $name SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED")
                .withParameters(Map.of("name", name, "password", password)).withConfig(SYSTEM).execute();
    }

    /** @return whether there was such a user */
    public boolean remove(String name) {
        refuseAdministrator(name);
        if (!names().contains(name)) {
            return false;
        }
        driver.executableQuery("DROP USER $name").withParameters(Map.of("name", name)).withConfig(SYSTEM).execute();
        return true;
    }

    /** The analysts' users: every Neo4j user but the administrator. */
    public List<String> names() {
        return driver.executableQuery("SHOW USERS YIELD user WHERE user <> $admin RETURN user ORDER BY user")
                .withParameters(Map.of("admin", EmbeddedCredentials.USERNAME)).withConfig(SYSTEM).execute()
                .records().stream().map(r -> r.get("user").asString()).toList();
    }

    private static void refuseAdministrator(String name) {
        if (EmbeddedCredentials.USERNAME.equals(name)) {
            throw new IllegalArgumentException("'" + name + "' is the app's own Neo4j user: its password is the one"
                    + " in <data-dir>/credentials (orggraph.embedded.password)");
        }
    }
}
