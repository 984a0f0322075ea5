// Query.compounds
// nameContains: one text-index seek per property (schema V0004), united without duplicates; a single OR across
// the properties is served by no index and scanned every node of the label. No filter: CONTAINS '', every node
// (each has a name).
CALL () {
  MATCH (n:ResidentialCompound) WHERE n.name CONTAINS toString(coalesce($nameContains, '')) RETURN n
  UNION
  MATCH (n:ResidentialCompound) WHERE n.pinyin STARTS WITH toLower($nameContains) RETURN n
  UNION
  MATCH (n:ResidentialCompound) WHERE n.initials STARTS WITH toLower($nameContains) RETURN n
}
WITH n
WHERE ($areaId IS NULL OR EXISTS { MATCH (n)-[:PART_OF*1..3]->(a) WHERE a.id = $areaId })
  AND ($allianceId IS NULL OR EXISTS { MATCH (n)-[:PART_OF]->(:Community)-[r:IN_ALLIANCE]->(:Alliance {id: $allianceId}) WHERE r.until IS NULL })
