// Query.vanguardTeams
// nameContains: one text-index seek per property (schema V0004), united without duplicates; a single OR across
// the properties is served by no index and scanned every node of the label. No filter: every node.
CALL () {
  MATCH (n:VanguardTeam) WHERE $nameContains IS NULL RETURN n
  UNION
  MATCH (n:VanguardTeam) WHERE n.name CONTAINS $nameContains RETURN n
}
WITH n
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($purpose IS NULL OR n.purpose = $purpose)
  AND ($partyOrganizationId IS NULL OR EXISTS {
    MATCH (n)-[:FORMED_BY]->(:PartyOrganization {id: $partyOrganizationId}) })
  AND ($foundedFrom IS NULL OR n.founded >= $foundedFrom)
  AND ($foundedTo IS NULL OR n.founded <= $foundedTo)
