// Backup: the database's node and relationship counts, from Neo4j's count store (no scan). Every write of the app
// adds a node (its change event, an audit entry), so the same counts before and after the backup's read mean that
// no write of the app committed meanwhile. (Neo4j Community tells no last committed transaction id.)
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
