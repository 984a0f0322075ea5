// Query.activities. Alliance: organized by the alliance itself or by one of its members.
// nameContains: one text-index seek per property (schema V0004), united without duplicates; a single OR across
// the properties is served by no index and scanned every node of the label. No filter: every node.
CALL () {
  MATCH (n:Activity) WHERE $nameContains IS NULL RETURN n
  UNION
  MATCH (n:Activity) WHERE n.name CONTAINS $nameContains RETURN n
}
WITH n
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($meetingLevels IS NULL OR n.meetingLevel IN $meetingLevels)
  AND ($areaId IS NULL OR EXISTS { MATCH (n)-[:HELD_AT]->()-[:PART_OF*0..3]->(a) WHERE a.id = $areaId })
  AND ($organizerId IS NULL OR EXISTS { MATCH (n)-[:ORGANIZED_BY]->(o) WHERE o.id = $organizerId })
  AND ($allianceId IS NULL OR EXISTS {
    MATCH (n)-[:ORGANIZED_BY]->(o)
    WHERE o.id = $allianceId OR EXISTS { MATCH (o)-[:IN_ALLIANCE]->(:Alliance {id: $allianceId}) } })
  AND ($dateFrom IS NULL OR n.date >= $dateFrom)
  AND ($dateTo IS NULL OR n.date <= $dateTo)
