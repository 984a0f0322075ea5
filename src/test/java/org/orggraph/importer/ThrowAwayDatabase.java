package org.orggraph.importer;

import java.nio.file.Path;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.orggraph.ExistingNeo4jServer;
import org.orggraph.alliance.LinkProjection;
import org.orggraph.api.CypherFiles;

/**
 * An empty Neo4j of a test class's own, with OrgGraph's schema (unique ids, the names index): imports can write
 * there without touching the shared Heshan database of the other tests.
 */
public record ThrowAwayDatabase(ExistingNeo4jServer server, Driver driver) implements AutoCloseable {

    public static final String PASSWORD = "throw-away-42";

    public static ThrowAwayDatabase start(Path dir) {
        ExistingNeo4jServer server = ExistingNeo4jServer.start(dir, PASSWORD);
        Driver driver = GraphDatabase.driver(server.boltUri("bolt"), AuthTokens.basic("neo4j", PASSWORD));
        new Migrations(MigrationsConfig.builder().withLocationsToScan("classpath:neo4j/migrations")
                .withPackagesToScan().build(), driver).apply();
        return new ThrowAwayDatabase(server, driver);
    }

    /**
     * An import engine writing here, as the import command's when it started the database itself: in-process (no
     * app context: its own link projection).
     */
    public ImportEngine importEngine() {
        return ImportEngine.over(driver, new BulkLoader(driver, server::database, BulkLoader.DEFAULT_BATCH_SIZE, 2),
                new LinkProjection(new CypherFiles()));
    }

    /** The same over the driver, as the command's when it talks to a running app (or a remote database). */
    public ImportEngine importEngineOverBolt() {
        return ImportEngine.over(driver, new BulkLoader(driver), new LinkProjection(new CypherFiles()));
    }

    public long count(String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
    }

    public void clear() {
        driver.executableQuery("MATCH (n) WHERE NOT n:__Neo4jMigration DETACH DELETE n").execute();
    }

    @Override
    public void close() {
        driver.close();
        server.close();
    }
}
