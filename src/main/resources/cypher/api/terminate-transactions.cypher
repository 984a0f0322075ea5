// Terminates the transactions $ids (found by request-transactions.cypher): Neo4j rolls each back and its statement
// fails with Neo.ClientError.Transaction.Terminated (or TransientError, by version).
TERMINATE TRANSACTIONS $ids
YIELD transactionId, message
RETURN transactionId, message
