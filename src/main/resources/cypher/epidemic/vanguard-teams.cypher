// Query.vanguardTeams
MATCH (n:VanguardTeam)
WHERE ($nameContains IS NULL OR n.name CONTAINS $nameContains)
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($purpose IS NULL OR n.purpose = $purpose)
  AND ($partyOrganizationId IS NULL OR EXISTS {
    MATCH (n)-[:FORMED_BY]->(:PartyOrganization {id: $partyOrganizationId}) })
  AND ($foundedFrom IS NULL OR n.founded >= $foundedFrom)
  AND ($foundedTo IS NULL OR n.founded <= $foundedTo)
