// Query.resources
// nameContains: one text-index seek per property (schema V0004), united without duplicates; a single OR across
// the properties is served by no index and scanned every node of the label. No filter: every node.
CALL () {
  MATCH (n:Resource) WHERE $nameContains IS NULL RETURN n
  UNION
  MATCH (n:Resource) WHERE n.name CONTAINS $nameContains RETURN n
}
WITH n
WHERE ($category IS NULL OR n.category = $category)
  AND ($offeredById IS NULL OR EXISTS { MATCH (n)-[:OFFERED_BY]->(o) WHERE o.id = $offeredById })
  AND ($allianceId IS NULL OR EXISTS { MATCH (n)-[:OFFERED_BY]->()-[:IN_ALLIANCE]->(:Alliance {id: $allianceId}) })
  AND ($offeredFrom IS NULL OR n.offeredOn >= $offeredFrom)
  AND ($offeredTo IS NULL OR n.offeredOn <= $offeredTo)
