// Restore --force: deletes every node (but the schema migrations' bookkeeping) with its relationships, in
// transactions of 5000 nodes so that a large graph does not have to fit in one transaction's memory.
MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT n:__Neo4jMigrationsLock
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
