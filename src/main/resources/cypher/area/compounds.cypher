// Query.compounds
MATCH (n:ResidentialCompound)
WHERE ($nameContains IS NULL OR n.name CONTAINS $nameContains OR n.pinyin STARTS WITH toLower($nameContains) OR n.initials STARTS WITH toLower($nameContains))
  AND ($areaId IS NULL OR EXISTS { MATCH (n)-[:PART_OF*1..3]->(a) WHERE a.id = $areaId })
  AND ($allianceId IS NULL OR EXISTS { MATCH (n)-[:PART_OF]->(:Community)-[:IN_ALLIANCE]->(:Alliance {id: $allianceId}) })
