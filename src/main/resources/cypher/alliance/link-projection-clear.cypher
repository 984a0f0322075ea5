// The link projection (see link-projection-refresh.cypher): removes the LINKED relationships of the organizations
// $elements (element ids) before their links are recomputed.
UNWIND $elements AS element
MATCH (m)-[l:LINKED]-()
WHERE elementId(m) = element
DELETE l
RETURN count(l) AS removed
