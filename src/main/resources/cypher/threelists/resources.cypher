// Query.resources
MATCH (n:Resource)
WHERE ($nameContains IS NULL OR n.name CONTAINS $nameContains)
  AND ($category IS NULL OR n.category = $category)
  AND ($offeredById IS NULL OR EXISTS { MATCH (n)-[:OFFERED_BY]->(o) WHERE o.id = $offeredById })
  AND ($allianceId IS NULL OR EXISTS { MATCH (n)-[:OFFERED_BY]->()-[r:IN_ALLIANCE]->(:Alliance {id: $allianceId}) WHERE r.until IS NULL })
  AND ($offeredFrom IS NULL OR n.offeredOn >= $offeredFrom)
  AND ($offeredTo IS NULL OR n.offeredOn <= $offeredTo)
