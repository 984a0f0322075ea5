// Backup: every relationship with its type, the element ids of its ends and its properties (those between the
// migrations' bookkeeping nodes are dropped by the backup, which knows no such end).
MATCH (a)-[r]->(b)
RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, properties(r) AS props
