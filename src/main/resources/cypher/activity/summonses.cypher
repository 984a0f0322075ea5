// Query.summonses
MATCH (n:Summons)
WHERE ($nameContains IS NULL OR n.name CONTAINS $nameContains)
  AND ($category IS NULL OR n.category = $category)
  AND ($areaId IS NULL OR EXISTS { MATCH (n)-[:RAISED_BY]->()-[:PART_OF*0..2]->(a) WHERE a.id = $areaId })
  AND ($answeredById IS NULL OR EXISTS { MATCH (n)<-[:ANSWERED]-(:Unit {id: $answeredById}) })
  AND ($dateFrom IS NULL OR n.date >= $dateFrom)
  AND ($dateTo IS NULL OR n.date <= $dateTo)
