package org.orggraph.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.summary.QueryType;

/**
 * Runs analysts' Cypher read-only: each statement is first planned with {@code EXPLAIN} and refused unless Neo4j
 * classifies it as read-only, then run in a READ transaction (which Neo4j itself keeps from writing) with a timeout,
 * and its rows are taken up to the row limit. Parameters a statement uses but nobody gave are passed as
 * {@code null}, so a file's {@code coalesce($param, default)} applies.
 */
public final class ReadOnlyCypher {

    private final Driver driver;
    private final QueryLimits limits;

    public ReadOnlyCypher(Driver driver, QueryLimits limits) {
        this.driver = driver;
        this.limits = limits;
    }

    public QueryResult run(String statement, Map<String, Object> givenParameters) {
        if (statement.startsWith(":")) {
            throw new CypherQueryException("'" + firstLine(statement) + "' is a Browser/cypher-shell command, not Cypher;"
                    + " give parameters with --param name=value instead.");
        }
        Map<String, Object> parameters = new HashMap<>();
        for (String name : CypherScript.parameterNames(statement)) {
            parameters.put(name, null);
        }
        parameters.putAll(givenParameters);
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            refuseWrites(session, statement, parameters);
            TransactionConfig config = TransactionConfig.builder().withTimeout(limits.timeout()).build();
            return session.executeRead(tx -> {
                Result result = tx.run(statement, parameters);
                List<String> columns = result.keys();
                List<Record> rows = new ArrayList<>();
                while (rows.size() < limits.maxRows() && result.hasNext()) {
                    rows.add(result.next());
                }
                return new QueryResult(columns, rows, result.hasNext());
            }, config);
        } catch (Neo4jException e) {
            throw explain(e, statement);
        }
    }

    private static void refuseWrites(Session session, String statement, Map<String, Object> parameters) {
        String planned = statement.strip();
        String upper = planned.toUpperCase(Locale.ROOT);
        if (upper.startsWith("EXPLAIN") || upper.startsWith("PROFILE")) {
            planned = planned.substring("EXPLAIN".length());
        }
        String explain = "EXPLAIN " + planned;
        QueryType type = session.executeRead(tx -> tx.run(explain, parameters).consume().queryType());
        if (type != QueryType.READ_ONLY) {
            throw new CypherQueryException("Refused: this command runs read-only Cypher, and Neo4j plans this statement"
                    + " as " + describe(type) + ": " + firstLine(statement)
                    + "\nTo change data, use cypher-shell or Neo4j Browser with the database credentials.");
        }
    }

    private static String describe(QueryType type) {
        return switch (type) {
            case READ_WRITE, WRITE_ONLY -> "a write";
            case SCHEMA_WRITE -> "a schema change";
            default -> "something other than a read";
        };
    }

    private CypherQueryException explain(Neo4jException e, String statement) {
        String message = e.getMessage();
        if (e instanceof AuthenticationException) {
            return new CypherQueryException("Neo4j refused the credentials: " + message
                    + " (--spring.neo4j.authentication.username=… --spring.neo4j.authentication.password=…)", e);
        }
        if (e instanceof ServiceUnavailableException) {
            return new CypherQueryException("Cannot reach Neo4j: " + message, e);
        }
        if (e instanceof ClientException && message != null && message.contains("read access mode")) {
            return new CypherQueryException("Refused: this command runs read-only Cypher, and the statement tried to"
                    + " write: " + firstLine(statement), e);
        }
        if (e instanceof TransientException && message != null && message.toLowerCase(Locale.ROOT).contains("timeout")
                || "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration".equals(e.code())) {
            return new CypherQueryException("The statement ran longer than the timeout of " + limits.timeout().toSeconds()
                    + " s and was stopped (--timeout to allow more): " + firstLine(statement), e);
        }
        String hint = PluginRequirement.hintFor(message, statement);
        return new CypherQueryException(message + hint, e);
    }

    private static String firstLine(String statement) {
        String line = statement.strip().lines().filter(l -> !l.strip().startsWith("//")).findFirst().orElse("");
        return line.length() > 100 ? line.substring(0, 100) + "…" : line;
    }
}
