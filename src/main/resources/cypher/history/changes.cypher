// Query.changes: what changed between $from and $to (inclusive, by the day it took effect), of $subjectId, of
// $types; every parameter null when not asked.
MATCH (n:ChangeEvent)
WHERE ($types IS NULL OR n.type IN $types)
  AND ($subjectId IS NULL OR EXISTS { MATCH (n)-[:CHANGED|INTO]->(x) WHERE x.id = $subjectId })
  AND ($from IS NULL OR n.date >= $from)
  AND ($to IS NULL OR n.date <= $to)
