// Query.units; alliance membership in force (on $asOf when given); retired units (retireOrganization) only as of a
// day before they were retired.
MATCH (n:Unit)
WHERE ($nameContains IS NULL OR n.name CONTAINS $nameContains OR n.pinyin STARTS WITH toLower($nameContains) OR n.initials STARTS WITH toLower($nameContains))
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($areaId IS NULL OR EXISTS { MATCH (n)-[:LOCATED_IN]->(x)-[:PART_OF*0..3]->(a) WHERE a.id = $areaId })
  AND ($allianceId IS NULL OR EXISTS { MATCH (n)-[r:IN_ALLIANCE]->(:Alliance {id: $allianceId}) WHERE (CASE WHEN $asOf IS NULL THEN r.until IS NULL ELSE coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true) END) })
  AND (n.retired IS NULL OR n.retired > $asOf)
