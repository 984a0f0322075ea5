// Query.people. Membership filters look at the current membership (no until).
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
    MATCH (n)-[r:MEMBER_OF]->(po:PartyOrganization {id: $partyOrganizationId}) WHERE r.until IS NULL })
  AND ($employerId IS NULL OR EXISTS { MATCH (n)-[:WORKS_AT]->(:Unit {id: $employerId}) })
  AND ($areaId IS NULL OR EXISTS { MATCH (n)-[:LIVES_IN]->()-[:PART_OF*0..3]->(a) WHERE a.id = $areaId })
  AND ($allianceId IS NULL OR EXISTS {
    MATCH (n)-[r:MEMBER_OF]->()-[:HOSTED_BY]->()-[:PART_OF*0..1]->()-[:IN_ALLIANCE]->(:Alliance {id: $allianceId})
    WHERE r.until IS NULL })
  AND ($bornFrom IS NULL OR n.birthYear >= $bornFrom)
  AND ($bornTo IS NULL OR n.birthYear <= $bornTo)
