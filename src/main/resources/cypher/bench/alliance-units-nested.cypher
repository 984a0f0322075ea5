// Bench, bench/alliance-units-nested.graphql by hand: the first $first units (by id) that are current members of
// an alliance, the party organizations they host (by id) and the first $members current members of each (by id).
MATCH (n:Unit)-[r:IN_ALLIANCE]->(:Alliance {id: $allianceId})
WHERE r.until IS NULL AND n.retired IS NULL
WITH n ORDER BY n.id LIMIT $first
CALL (n) {
  OPTIONAL MATCH (n)<-[:HOSTED_BY]-(po:PartyOrganization)
  WITH po ORDER BY po.id
  CALL (po) {
    OPTIONAL MATCH (po)<-[m:MEMBER_OF]-(p:Person) WHERE m.until IS NULL
    WITH p ORDER BY p.id LIMIT $members
    RETURN [x IN collect(p) | {node: {id: x.id, name: x.name}}] AS edges
  }
  RETURN [x IN collect(CASE WHEN po IS NULL THEN null ELSE {id: po.id, name: po.name, members: {edges: edges}} END)
          WHERE x IS NOT NULL] AS partyOrganizations
}
RETURN {units: {edges: collect({node: {id: n.id, name: n.name, partyOrganizations: partyOrganizations}})}} AS data
