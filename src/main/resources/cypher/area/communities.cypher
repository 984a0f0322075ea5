// Query.communities: filter parameters are null when not asked; alliance membership in force (on $asOf).
MATCH (n:Community)
WHERE ($nameContains IS NULL OR n.name CONTAINS $nameContains OR n.pinyin STARTS WITH toLower($nameContains) OR n.initials STARTS WITH toLower($nameContains))
  AND ($mainUrban IS NULL OR coalesce(n.mainUrban, false) = $mainUrban)
  AND ($areaId IS NULL OR EXISTS { MATCH (n)-[:PART_OF*1..2]->(a) WHERE a.id = $areaId })
  AND ($allianceId IS NULL OR EXISTS { MATCH (n)-[r:IN_ALLIANCE]->(:Alliance {id: $allianceId}) WHERE (CASE WHEN $asOf IS NULL THEN r.until IS NULL ELSE coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true) END) })
