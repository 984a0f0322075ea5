package org.orggraph.browser;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The discovery document at the root of the origin, as a Neo4j server serves it, so that Neo4j Browser at
 * {@code /browser/} opens with the database's Bolt address filled in: the embedded database's loopback address, or
 * in remote mode the configured {@code spring.neo4j.uri}. It answers JSON requests only, so an HTML page at
 * {@code /} can coexist with it.
 */
@RestController
class DiscoveryController {

    private static final String VERSION_QUERY =
            "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel'"
                    + " RETURN versions[0] AS version, edition";

    private final Neo4jConnectionDetails connection;
    private final Driver driver;

    DiscoveryController(Neo4jConnectionDetails connection, Driver driver) {
        this.connection = connection;
        this.driver = driver;
    }

    @GetMapping(path = "/", produces = MediaType.APPLICATION_JSON_VALUE)
    DiscoveryDocument discovery() {
        String bolt = connection.getUri().toString();
        ServerVersion server = serverVersion();
        // The same address twice: the app's own driver connects with it, so Browser can too (a routing URI for a
        // single embedded server would follow its advertised address, which is not the loopback port).
        return new DiscoveryDocument(bolt, bolt, server.version(), server.edition());
    }

    private ServerVersion serverVersion() {
        try {
            Record record = driver.executableQuery(VERSION_QUERY)
                    .withConfig(org.neo4j.driver.QueryConfig.builder().withRouting(RoutingControl.READ).build())
                    .execute().records().stream().findFirst().orElse(null);
            if (record != null) {
                return new ServerVersion(record.get("version").asString(), record.get("edition").asString());
            }
        } catch (Neo4jException | IllegalStateException e) {
            // The document is still useful without the version: Browser assumes an older server.
        }
        return ServerVersion.UNKNOWN;
    }

    private record ServerVersion(String version, String edition) {
        static final ServerVersion UNKNOWN = new ServerVersion("5", "community");
    }
}
