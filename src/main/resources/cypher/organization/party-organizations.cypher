// Query.partyOrganizations. Area: the host or any place the host lies in; alliance: the host (or the community of
// a compound host) is a member. With $asOf: only those founded by then, relationships in force then, levels as
// they were then (the level before the first recorded change after that day: see levels-as-of.cypher);
// retired ones (retireOrganization) only as of a day before they were retired.
// nameContains: one text-index seek per property (schema V0004), united without duplicates; a single OR across
// the properties is served by no index and scanned every node of the label. No filter: CONTAINS '', every node
// (each has a name).
CALL () {
  MATCH (n:PartyOrganization) WHERE n.name CONTAINS toString(coalesce($nameContains, '')) RETURN n
  UNION
  MATCH (n:PartyOrganization) WHERE n.pinyin STARTS WITH toLower($nameContains) RETURN n
  UNION
  MATCH (n:PartyOrganization) WHERE n.initials STARTS WITH toLower($nameContains) RETURN n
}
WITH n
WHERE ($levels IS NULL OR (CASE WHEN $asOf IS NULL THEN n.level ELSE coalesce(head(COLLECT {
         MATCH (e:ChangeEvent)-[:CHANGED]->(n) WHERE e.fromLevel IS NOT NULL AND e.date > $asOf
         RETURN e.fromLevel ORDER BY e.date, e.at, e.id }), n.level) END) IN $levels)
  AND ($expanded IS NULL OR coalesce(n.expanded, false) = $expanded)
  AND ($hostId IS NULL OR EXISTS { MATCH (n)-[:HOSTED_BY]->(h) WHERE h.id = $hostId })
  AND ($areaId IS NULL OR EXISTS { MATCH (n)-[:HOSTED_BY]->()-[:LOCATED_IN|PART_OF*0..4]->(a) WHERE a.id = $areaId })
  AND ($allianceId IS NULL OR EXISTS {
    MATCH (n)-[:HOSTED_BY]->()-[:PART_OF*0..1]->()-[r:IN_ALLIANCE]->(:Alliance {id: $allianceId}) WHERE (CASE WHEN $asOf IS NULL THEN r.until IS NULL ELSE coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true) END) })
  AND ($foundedFrom IS NULL OR n.founded >= $foundedFrom)
  AND ($foundedTo IS NULL OR n.founded <= $foundedTo)
  AND ($asOf IS NULL OR coalesce(n.founded <= $asOf, true))
  AND (n.retired IS NULL OR n.retired > $asOf)
