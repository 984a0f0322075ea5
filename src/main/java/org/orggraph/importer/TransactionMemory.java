package org.orggraph.importer;

import java.util.Set;

import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Neo4j's refusals of a transaction that grew past its memory limit ({@code db.memory.transaction.max}) or past what
 * all transactions together may hold ({@code db.memory.transaction.total.max}). An import is one transaction, so a
 * file set too big for the limit is rolled back whole and reported as such, not as a failure of the database.
 */
final class TransactionMemory {

    private static final Set<String> CODES = Set.of("Neo.TransientError.General.TransactionMemoryLimit",
            "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
            "Neo.TransientError.General.TransactionOutOfMemoryError");

    private TransactionMemory() {
    }

    static boolean exceeded(Neo4jException e) {
        return CODES.contains(e.code());
    }
}
