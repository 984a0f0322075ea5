// Query.partyOrganizations. Area: the host or any place the host lies in; alliance: the host (or the community of
// a compound host) is a member.
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
WHERE ($levels IS NULL OR n.level IN $levels)
  AND ($expanded IS NULL OR coalesce(n.expanded, false) = $expanded)
  AND ($hostId IS NULL OR EXISTS { MATCH (n)-[:HOSTED_BY]->(h) WHERE h.id = $hostId })
  AND ($areaId IS NULL OR EXISTS { MATCH (n)-[:HOSTED_BY]->()-[:LOCATED_IN|PART_OF*0..4]->(a) WHERE a.id = $areaId })
  AND ($allianceId IS NULL OR EXISTS {
    MATCH (n)-[:HOSTED_BY]->()-[:PART_OF*0..1]->()-[:IN_ALLIANCE]->(:Alliance {id: $allianceId}) })
  AND ($foundedFrom IS NULL OR n.founded >= $foundedFrom)
  AND ($foundedTo IS NULL OR n.founded <= $foundedTo)
