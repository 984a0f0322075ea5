// Restore: how many nodes and relationships the database holds, but the schema migrations' bookkeeping; a restore
// refuses a database that is not empty unless forced.
CALL () { MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT n:__Neo4jMigrationsLock RETURN count(n) AS nodes }
CALL () {
  MATCH (a)-[r]->() WHERE NOT a:__Neo4jMigration AND NOT a:__Neo4jMigrationsLock
  RETURN count(r) AS relationships
}
RETURN nodes, relationships
