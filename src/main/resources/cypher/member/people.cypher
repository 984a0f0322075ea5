// Query.people. Relationship filters look at those in force (no until), or in force on $asOf when given.
// nameContains: one text-index seek per property (schema V0004), united without duplicates; a single OR across
// the properties is served by no index and scanned every node of the label. No filter: CONTAINS '', every node
// (each has a name).
CALL () {
  MATCH (n:Person) WHERE n.name CONTAINS toString(coalesce($nameContains, '')) RETURN n
  UNION
  MATCH (n:Person) WHERE n.pinyin STARTS WITH toLower($nameContains) RETURN n
  UNION
  MATCH (n:Person) WHERE n.initials STARTS WITH toLower($nameContains) RETURN n
}
WITH n
WHERE ($isMember IS NULL OR (n:Member) = $isMember)
  AND ($partyOrganizationId IS NULL OR EXISTS {
    MATCH (n)-[r:MEMBER_OF]->(po:PartyOrganization {id: $partyOrganizationId}) WHERE (CASE WHEN $asOf IS NULL THEN r.until IS NULL ELSE coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true) END) })
  AND ($employerId IS NULL OR EXISTS { MATCH (n)-[r:WORKS_AT]->(:Unit {id: $employerId}) WHERE (CASE WHEN $asOf IS NULL THEN r.until IS NULL ELSE coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true) END) })
  AND ($areaId IS NULL OR EXISTS { MATCH (n)-[r:LIVES_IN]->()-[:PART_OF*0..3]->(a) WHERE a.id = $areaId AND (CASE WHEN $asOf IS NULL THEN r.until IS NULL ELSE coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true) END) })
  AND ($allianceId IS NULL OR EXISTS {
    MATCH (n)-[r:MEMBER_OF]->()-[:HOSTED_BY]->()-[:PART_OF*0..1]->()-[j:IN_ALLIANCE]->(:Alliance {id: $allianceId})
    WHERE (CASE WHEN $asOf IS NULL THEN r.until IS NULL ELSE coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true) END) AND (CASE WHEN $asOf IS NULL THEN j.until IS NULL ELSE coalesce(j.since <= $asOf, true) AND coalesce(j.until > $asOf, true) END) })
  AND ($bornFrom IS NULL OR n.birthYear >= $bornFrom)
  AND ($bornTo IS NULL OR n.birthYear <= $bornTo)
