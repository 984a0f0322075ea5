// Query.needs
MATCH (n:Need)
WHERE ($nameContains IS NULL OR n.name CONTAINS $nameContains)
  AND ($statuses IS NULL OR n.status IN $statuses)
  AND ($category IS NULL OR n.category = $category)
  AND ($areaId IS NULL OR EXISTS { MATCH (n)-[:RAISED_BY]->()-[:PART_OF*0..3]->(a) WHERE a.id = $areaId })
  AND ($allianceId IS NULL OR EXISTS {
    MATCH (n)-[:RAISED_BY]->()-[:PART_OF*0..1]->(:Community)-[r:IN_ALLIANCE]->(:Alliance {id: $allianceId}) WHERE r.until IS NULL })
  AND ($raisedFrom IS NULL OR n.raisedOn >= $raisedFrom)
  AND ($raisedTo IS NULL OR n.raisedOn <= $raisedTo)
