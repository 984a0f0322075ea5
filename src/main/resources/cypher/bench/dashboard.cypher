// Bench, bench/dashboard.graphql by hand, for the whole city: communities, compounds of communities, parks, units
// (by kind, in $unitKinds order), the party organizations hosted by those (or by a compound of a community) and
// all below them, their current members, alliances, service centers located anywhere; the funnel of needs raised
// by communities or their compounds (matched, served by a project under way, done), resources offered by and
// projects claimed by parks, communities and units.
CALL () {
  MATCH (top:PartyOrganization)-[:HOSTED_BY]->()-[:PART_OF*0..1]->(:Community|IndustrialPark|Unit)
  MATCH (po:PartyOrganization)-[:SUBORDINATE_TO*0..]->(top)
  WITH DISTINCT po
  RETURN count(po) AS partyOrganizations,
         sum(COUNT { (po)<-[m:MEMBER_OF]-(:Member) WHERE m.until IS NULL }) AS members
}
CALL () {
  MATCH (n:Need)-[:RAISED_BY]->()-[:PART_OF*0..1]->(:Community)
  WITH DISTINCT n
  RETURN count(n) AS raised,
         count(CASE WHEN n.status IN ['MATCHED', 'DONE'] THEN n END) AS matched,
         count(CASE WHEN n.status = 'MATCHED' AND EXISTS { (n)<-[:CLAIMS]-(:Project {status: 'IN_PROGRESS'}) } THEN n END)
           AS inProgress,
         count(CASE WHEN n.status = 'DONE' THEN n END) AS done
}
RETURN {dashboard: {
  totals: {
    communities: COUNT { (:Community) },
    compounds: COUNT { (:ResidentialCompound)-[:PART_OF]->(:Community) },
    industrialParks: COUNT { (:IndustrialPark) },
    units: COUNT { (:Unit) },
    unitsByKind: [kind IN $unitKinds | {kind: kind, count: COUNT { (u:Unit) WHERE u.kind = kind }}],
    partyOrganizations: partyOrganizations, members: members,
    alliances: COUNT { (:Alliance) },
    serviceCenters: COUNT { (:ServiceCenter)-[:LOCATED_IN]->() }},
  funnel: {raised: raised, matched: matched, inProgress: inProgress, done: done,
    resourcesOffered: COUNT { (:Resource)-[:OFFERED_BY]->(:Community|IndustrialPark|Unit) },
    projectsClaimed: COUNT { (:Project)-[:CLAIMED_BY]->(:Community|IndustrialPark|Unit) }}
}} AS data
