package org.orggraph.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.TransactionTerminatedException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.driver.internal.util.QueryKeys;
import org.neo4j.gqlstatus.ErrorGqlStatusObject;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Result;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AccessMode;
import org.neo4j.internal.kernel.api.security.SecurityContext;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A read statement run on the embedded database itself, in this process, instead of through the driver and Bolt on
 * loopback: what the Bolt path gives, without packing the rows on one side and unpacking them on the other. The
 * transaction is the same kind the driver's managed READ transaction opens on the server (explicit, with the
 * timeout, the metadata the disconnect watch looks for, and the per-transaction memory limit that applies to every
 * transaction of the database), but its security context is read-only ({@link AccessMode.Static#READ}): the kernel
 * refuses any write, also one made by a procedure. The records are the driver's ({@link EmbeddedValues}), and a
 * failure is the driver's exception of the same Neo4j status code as over Bolt, so callers and the error boundary
 * ({@link ApiExceptionResolver#overLimit}) see no difference.
 */
final class InProcessReads {

    /** Full access but read-only: the app's own reads, which never write. */
    private static final SecurityContext READ_ONLY = SecurityContext.AUTH_DISABLED.withMode(AccessMode.Static.READ);

    /** What the driver reports for a failure without a GQL status of its own. */
    private static final String GQL_STATUS = "50N42";

    private InProcessReads() {
    }

    static List<Record> read(GraphDatabaseService database, String cypher, Map<String, Object> parameters,
            Duration timeout, Map<String, ?> metadata) {
        InternalTransaction tx;
        try {
            tx = ((GraphDatabaseAPI) database).beginTransaction(KernelTransaction.Type.EXPLICIT, READ_ONLY,
                    ClientConnectionInfo.EMBEDDED_CONNECTION, timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            throw asDriverException(e);
        }
        try (tx) {
            if (!metadata.isEmpty()) {
                tx.setMetaData(new HashMap<String, Object>(metadata));
            }
            List<Record> records;
            try (Result result = tx.execute(cypher, parameters)) {
                records = records(result);
            }
            tx.commit();
            return records;
        } catch (RuntimeException e) {
            throw asDriverException(e);
        }
    }

    /** All rows of {@code result} as the driver's records. */
    static List<Record> records(Result result) {
        List<Record> records = new ArrayList<>();
        List<String> columns = result.columns();
        QueryKeys keys = new QueryKeys(columns);
        result.accept(row -> {
            List<Value> values = new ArrayList<>(columns.size());
            for (String column : columns) {
                values.add(EmbeddedValues.value(row.get(column)));
            }
            records.add(new InternalRecord(keys, values));
            return true;
        });
        return records;
    }

    /**
     * The driver's exception for a failure of the embedded database, by its Neo4j status code, as the driver makes
     * it of a failure sent over Bolt; one without a status code (a bug, not the database's answer) stays as it is.
     */
    static RuntimeException asDriverException(RuntimeException e) {
        String code = statusCode(e);
        if (code == null) {
            return e;
        }
        String message = e.getMessage() == null ? code : e.getMessage();
        String gqlStatus = GQL_STATUS;
        String description = message;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ErrorGqlStatusObject gql && gql.gqlStatus() != null) {
                gqlStatus = gql.gqlStatus();
                description = gql.statusDescription();
                break;
            }
        }
        Map<String, Value> diagnostics = Map.of();
        if (code.equals(Status.Transaction.Terminated.code().serialize())
                || code.equals(Status.Transaction.LockClientStopped.code().serialize())) {
            return new TransactionTerminatedException(gqlStatus, description, code, message, diagnostics, e);
        }
        if (code.startsWith("Neo.ClientError.Security.")) {
            return new SecurityException(gqlStatus, description, code, message, diagnostics, e);
        }
        if (code.startsWith("Neo.ClientError.")) {
            return new ClientException(gqlStatus, description, code, message, diagnostics, e);
        }
        if (code.startsWith("Neo.TransientError.")) {
            return new TransientException(gqlStatus, description, code, message, diagnostics, e);
        }
        return new DatabaseException(gqlStatus, description, code, message, diagnostics, e);
    }

    private static String statusCode(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof QueryExecutionException query && query.getStatusCode() != null) {
                return query.getStatusCode();
            }
            if (cause instanceof Status.HasStatus status && status.status() != null) {
                return status.status().code().serialize();
            }
        }
        return null;
    }
}
