// History, not overwrite: ends the relationships of one kind in force from $subject (until = $date) and, when $to
// (an element id) is given, opens a new one to it (since = $date, plus $properties). The relationship type comes
// from the RelType enum; the nodes are locked and validated before.
MATCH (s)
WHERE elementId(s) = $subject
CALL (s) {
  MATCH (s)-[r:{{type}}]->()
  WHERE r.until IS NULL
  SET r.until = $date
  RETURN count(r) AS ended
}
CALL (s) {
  MATCH (t)
  WHERE elementId(t) = $to
  CREATE (s)-[n:{{type}}]->(t)
  SET n += $properties, n.since = $date
  RETURN count(n) AS opened
}
RETURN ended, opened
