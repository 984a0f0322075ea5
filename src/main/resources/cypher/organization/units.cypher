// Query.units
MATCH (n:Unit)
WHERE ($nameContains IS NULL OR n.name CONTAINS $nameContains OR n.pinyin STARTS WITH toLower($nameContains) OR n.initials STARTS WITH toLower($nameContains))
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($areaId IS NULL OR EXISTS { MATCH (n)-[:LOCATED_IN]->(x)-[:PART_OF*0..3]->(a) WHERE a.id = $areaId })
  AND ($allianceId IS NULL OR EXISTS { MATCH (n)-[:IN_ALLIANCE]->(:Alliance {id: $allianceId}) })
