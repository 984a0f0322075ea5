// Query.summonses
// nameContains: one text-index seek per property (schema V0004), united without duplicates; a single OR across
// the properties is served by no index and scanned every node of the label. No filter: every node.
CALL () {
  MATCH (n:Summons) WHERE $nameContains IS NULL RETURN n
  UNION
  MATCH (n:Summons) WHERE n.name CONTAINS $nameContains RETURN n
}
WITH n
WHERE ($category IS NULL OR n.category = $category)
  AND ($areaId IS NULL OR EXISTS { MATCH (n)-[:RAISED_BY]->()-[:PART_OF*0..2]->(a) WHERE a.id = $areaId })
  AND ($answeredById IS NULL OR EXISTS { MATCH (n)<-[:ANSWERED]-(:Unit {id: $answeredById}) })
  AND ($dateFrom IS NULL OR n.date >= $dateFrom)
  AND ($dateTo IS NULL OR n.date <= $dateTo)
