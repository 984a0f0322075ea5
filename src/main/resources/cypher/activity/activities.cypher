// Query.activities. Alliance: organized by the alliance itself or by one of its (current) members.
MATCH (n:Activity)
WHERE ($nameContains IS NULL OR n.name CONTAINS $nameContains)
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($meetingLevels IS NULL OR n.meetingLevel IN $meetingLevels)
  AND ($areaId IS NULL OR EXISTS { MATCH (n)-[:HELD_AT]->()-[:PART_OF*0..3]->(a) WHERE a.id = $areaId })
  AND ($organizerId IS NULL OR EXISTS { MATCH (n)-[:ORGANIZED_BY]->(o) WHERE o.id = $organizerId })
  AND ($allianceId IS NULL OR EXISTS {
    MATCH (n)-[:ORGANIZED_BY]->(o)
    WHERE o.id = $allianceId OR EXISTS { MATCH (o)-[r:IN_ALLIANCE]->(:Alliance {id: $allianceId}) WHERE r.until IS NULL } })
  AND ($dateFrom IS NULL OR n.date >= $dateFrom)
  AND ($dateTo IS NULL OR n.date <= $dateTo)
