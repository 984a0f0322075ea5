// Query.units; alliance membership in force (on $asOf when given); retired units (retireOrganization) only as of a
// day before they were retired.
// nameContains: one text-index seek per property (schema V0004), united without duplicates; a single OR across
// the properties is served by no index and scanned every node of the label. No filter: CONTAINS '', every node
// (each has a name).
CALL () {
  MATCH (n:Unit) WHERE n.name CONTAINS toString(coalesce($nameContains, '')) RETURN n
  UNION
  MATCH (n:Unit) WHERE n.pinyin STARTS WITH toLower($nameContains) RETURN n
  UNION
  MATCH (n:Unit) WHERE n.initials STARTS WITH toLower($nameContains) RETURN n
}
WITH n
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($areaId IS NULL OR EXISTS { MATCH (n)-[:LOCATED_IN]->(x)-[:PART_OF*0..3]->(a) WHERE a.id = $areaId })
  AND ($allianceId IS NULL OR EXISTS { MATCH (n)-[r:IN_ALLIANCE]->(:Alliance {id: $allianceId}) WHERE (CASE WHEN $asOf IS NULL THEN r.until IS NULL ELSE coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true) END) })
  AND (n.retired IS NULL OR n.retired > $asOf)
