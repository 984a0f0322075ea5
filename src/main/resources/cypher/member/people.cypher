// Query.people. Relationship filters look at those in force (no until), or in force on $asOf when given.
MATCH (n:Person)
WHERE ($nameContains IS NULL OR n.name CONTAINS $nameContains OR n.pinyin STARTS WITH toLower($nameContains) OR n.initials STARTS WITH toLower($nameContains))
  AND ($isMember IS NULL OR (n:Member) = $isMember)
  AND ($partyOrganizationId IS NULL OR EXISTS {
    MATCH (n)-[r:MEMBER_OF]->(po:PartyOrganization {id: $partyOrganizationId}) WHERE (CASE WHEN $asOf IS NULL THEN r.until IS NULL ELSE coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true) END) })
  AND ($employerId IS NULL OR EXISTS { MATCH (n)-[r:WORKS_AT]->(:Unit {id: $employerId}) WHERE (CASE WHEN $asOf IS NULL THEN r.until IS NULL ELSE coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true) END) })
  AND ($areaId IS NULL OR EXISTS { MATCH (n)-[r:LIVES_IN]->()-[:PART_OF*0..3]->(a) WHERE a.id = $areaId AND (CASE WHEN $asOf IS NULL THEN r.until IS NULL ELSE coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true) END) })
  AND ($allianceId IS NULL OR EXISTS {
    MATCH (n)-[r:MEMBER_OF]->()-[:HOSTED_BY]->()-[:PART_OF*0..1]->()-[j:IN_ALLIANCE]->(:Alliance {id: $allianceId})
    WHERE (CASE WHEN $asOf IS NULL THEN r.until IS NULL ELSE coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true) END) AND (CASE WHEN $asOf IS NULL THEN j.until IS NULL ELSE coalesce(j.since <= $asOf, true) AND coalesce(j.until > $asOf, true) END) })
  AND ($bornFrom IS NULL OR n.birthYear >= $bornFrom)
  AND ($bornTo IS NULL OR n.birthYear <= $bornTo)
