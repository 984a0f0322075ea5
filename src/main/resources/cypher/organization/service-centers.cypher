// Query.serviceCenters
MATCH (n:ServiceCenter)
WHERE ($nameContains IS NULL OR n.name CONTAINS $nameContains OR n.pinyin STARTS WITH toLower($nameContains) OR n.initials STARTS WITH toLower($nameContains))
  AND ($levels IS NULL OR n.level IN $levels)
  AND ($areaId IS NULL OR EXISTS { MATCH (n)-[:LOCATED_IN]->()-[:LOCATED_IN|PART_OF*0..4]->(a) WHERE a.id = $areaId })
