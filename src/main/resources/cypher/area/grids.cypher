// Query.grids
MATCH (n:Grid)
WHERE ($nameContains IS NULL OR n.name CONTAINS $nameContains OR n.pinyin STARTS WITH toLower($nameContains) OR n.initials STARTS WITH toLower($nameContains))
  AND ($areaId IS NULL OR EXISTS { MATCH (n)-[:PART_OF*1..2]->(a) WHERE a.id = $areaId })
