// Query.projects
MATCH (n:Project)
WHERE ($nameContains IS NULL OR n.name CONTAINS $nameContains)
  AND ($statuses IS NULL OR n.status IN $statuses)
  AND ($claimedById IS NULL OR EXISTS { MATCH (n)-[:CLAIMED_BY]->(:Unit {id: $claimedById}) })
  AND ($allianceId IS NULL OR EXISTS { MATCH (n)-[:CLAIMED_BY]->()-[r:IN_ALLIANCE]->(:Alliance {id: $allianceId}) WHERE r.until IS NULL })
  AND ($claimedFrom IS NULL OR n.claimedOn >= $claimedFrom)
  AND ($claimedTo IS NULL OR n.claimedOn <= $claimedTo)
