// Backup: every node with its labels and properties, but the schema migrations' own bookkeeping (the database a
// backup is restored into has its schema applied by this version of OrgGraph). No ORDER BY: the rows stream out
// without being held in memory; the element id lets the relationships name their ends.
MATCH (n)
WHERE NOT n:__Neo4jMigration AND NOT n:__Neo4jMigrationsLock
RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS props
