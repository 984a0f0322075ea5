// Query.serviceCenters
// nameContains: one text-index seek per property (schema V0004), united without duplicates; a single OR across
// the properties is served by no index and scanned every node of the label. No filter: CONTAINS '', every node
// (each has a name).
CALL () {
  MATCH (n:ServiceCenter) WHERE n.name CONTAINS toString(coalesce($nameContains, '')) RETURN n
  UNION
  MATCH (n:ServiceCenter) WHERE n.pinyin STARTS WITH toLower($nameContains) RETURN n
  UNION
  MATCH (n:ServiceCenter) WHERE n.initials STARTS WITH toLower($nameContains) RETURN n
}
WITH n
WHERE ($levels IS NULL OR n.level IN $levels)
  AND ($areaId IS NULL OR EXISTS { MATCH (n)-[:LOCATED_IN]->()-[:LOCATED_IN|PART_OF*0..4]->(a) WHERE a.id = $areaId })
