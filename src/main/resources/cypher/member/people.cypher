// Query.people. Membership filters look at the current membership (no until).
MATCH (n:Person)
WHERE ($nameContains IS NULL OR n.name CONTAINS $nameContains OR n.pinyin STARTS WITH toLower($nameContains) OR n.initials STARTS WITH toLower($nameContains))
  AND ($isMember IS NULL OR (n:Member) = $isMember)
  AND ($partyOrganizationId IS NULL OR EXISTS {
    MATCH (n)-[r:MEMBER_OF]->(po:PartyOrganization {id: $partyOrganizationId}) WHERE r.until IS NULL })
  AND ($employerId IS NULL OR EXISTS { MATCH (n)-[:WORKS_AT]->(:Unit {id: $employerId}) })
  AND ($areaId IS NULL OR EXISTS { MATCH (n)-[:LIVES_IN]->()-[:PART_OF*0..3]->(a) WHERE a.id = $areaId })
  AND ($allianceId IS NULL OR EXISTS {
    MATCH (n)-[r:MEMBER_OF]->()-[:HOSTED_BY]->()-[:PART_OF*0..1]->()-[:IN_ALLIANCE]->(:Alliance {id: $allianceId})
    WHERE r.until IS NULL })
  AND ($bornFrom IS NULL OR n.birthYear >= $bornFrom)
  AND ($bornTo IS NULL OR n.birthYear <= $bornTo)
