// Restore: how many nodes (but the schema migrations' bookkeeping) and relationships the database holds; a restore
// refuses a database that is not empty unless forced.
CALL () { MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT n:__Neo4jMigrationsLock RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
