// Query.projects
// nameContains: one text-index seek per property (schema V0004), united without duplicates; a single OR across
// the properties is served by no index and scanned every node of the label. No filter: every node.
CALL () {
  MATCH (n:Project) WHERE $nameContains IS NULL RETURN n
  UNION
  MATCH (n:Project) WHERE n.name CONTAINS $nameContains RETURN n
}
WITH n
WHERE ($statuses IS NULL OR n.status IN $statuses)
  AND ($claimedById IS NULL OR EXISTS { MATCH (n)-[:CLAIMED_BY]->(:Unit {id: $claimedById}) })
  AND ($allianceId IS NULL OR EXISTS { MATCH (n)-[:CLAIMED_BY]->()-[:IN_ALLIANCE]->(:Alliance {id: $allianceId}) })
  AND ($claimedFrom IS NULL OR n.claimedOn >= $claimedFrom)
  AND ($claimedTo IS NULL OR n.claimedOn <= $claimedTo)
