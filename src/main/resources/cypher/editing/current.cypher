// The relationships of one kind in force now (no until) from a locked node $subject (element id): their targets'
// ids, labels and since. Read after the lock, so no other mutation can change them before this one commits.
// The relationship type comes from the RelType enum.
MATCH (s)-[r:{{type}}]->(t)
WHERE elementId(s) = $subject AND r.until IS NULL
RETURN t.id AS id, labels(t) AS labels, r.since AS since, properties(r) AS properties
ORDER BY t.id
