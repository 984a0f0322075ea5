// Query.needs
// nameContains: one text-index seek per property (schema V0004), united without duplicates; a single OR across
// the properties is served by no index and scanned every node of the label. No filter: every node.
CALL () {
  MATCH (n:Need) WHERE $nameContains IS NULL RETURN n
  UNION
  MATCH (n:Need) WHERE n.name CONTAINS $nameContains RETURN n
}
WITH n
WHERE ($statuses IS NULL OR n.status IN $statuses)
  AND ($category IS NULL OR n.category = $category)
  AND ($areaId IS NULL OR EXISTS { MATCH (n)-[:RAISED_BY]->()-[:PART_OF*0..3]->(a) WHERE a.id = $areaId })
  AND ($allianceId IS NULL OR EXISTS {
    MATCH (n)-[:RAISED_BY]->()-[:PART_OF*0..1]->(:Community)-[:IN_ALLIANCE]->(:Alliance {id: $allianceId}) })
  AND ($raisedFrom IS NULL OR n.raisedOn >= $raisedFrom)
  AND ($raisedTo IS NULL OR n.raisedOn <= $raisedTo)
