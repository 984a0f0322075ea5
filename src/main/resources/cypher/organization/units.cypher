// Query.units; alliance membership in force (on $asOf when given); retired units (retireOrganization) only as of a
// day before they were retired.
// nameContains: one text-index seek per property (schema V0004), united without duplicates; a single OR across
// the properties is served by no index and scanned every node of the label. No filter: CONTAINS '', every node
// (each has a name). With $allianceId the units are found from the alliance (its members, a few hundred at most)
// and the name is checked on those: the name branches would read every unit of the city, then each one's alliances.
CALL () {
  MATCH (n:Unit) WHERE $allianceId IS NULL AND n.name CONTAINS toString(coalesce($nameContains, '')) RETURN n
  UNION
  MATCH (n:Unit) WHERE $allianceId IS NULL AND n.pinyin STARTS WITH toLower($nameContains) RETURN n
  UNION
  MATCH (n:Unit) WHERE $allianceId IS NULL AND n.initials STARTS WITH toLower($nameContains) RETURN n
  UNION
  MATCH (:Alliance {id: $allianceId})<-[r:IN_ALLIANCE]-(n:Unit)
  WHERE (CASE WHEN $asOf IS NULL THEN r.until IS NULL ELSE coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true) END)
  RETURN n
}
WITH n
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($allianceId IS NULL OR $nameContains IS NULL OR n.name CONTAINS $nameContains
       OR n.pinyin STARTS WITH toLower($nameContains) OR n.initials STARTS WITH toLower($nameContains))
  AND ($areaId IS NULL OR EXISTS { MATCH (n)-[:LOCATED_IN]->(x)-[:PART_OF*0..3]->(a) WHERE a.id = $areaId })
  AND (n.retired IS NULL OR n.retired > $asOf)
