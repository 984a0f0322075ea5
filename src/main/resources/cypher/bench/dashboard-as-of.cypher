// Bench, bench/dashboard-as-of.graphql by hand, for the whole city on the day $asOf: the organizations, compounds,
// party organizations and service centers as today (they count as always there), the party memberships in force
// that day (since on or before it, until after it), the alliances founded by then; the needs raised by communities
// or their compounds by then, matched once a project had claimed them by then, done once such a project was done by
// then, in progress while a project now under way or done had claimed them and was not done yet; resources offered
// and projects claimed by then.
CALL () {
  MATCH (top:PartyOrganization)-[:HOSTED_BY]->()-[:PART_OF*0..1]->(:Community|IndustrialPark|Unit)
  MATCH (po:PartyOrganization)-[:SUBORDINATE_TO*0..]->(top)
  WITH DISTINCT po
  RETURN count(po) AS partyOrganizations,
         sum(COUNT { (po)<-[m:MEMBER_OF]-() WHERE coalesce(m.since <= $asOf, true) AND coalesce(m.until > $asOf, true) })
           AS members
}
CALL () {
  MATCH (n:Need)-[:RAISED_BY]->()-[:PART_OF*0..1]->(:Community)
  WHERE coalesce(n.raisedOn <= $asOf, true)
  WITH DISTINCT n
  WITH n, CASE WHEN EXISTS { (n)<-[:CLAIMS]-(p:Project) WHERE p.doneOn <= $asOf } THEN 'DONE'
               WHEN EXISTS { (n)<-[:CLAIMS]-(p:Project) WHERE coalesce(p.claimedOn <= $asOf, true) } THEN 'MATCHED'
               ELSE 'RAISED' END AS status
  RETURN count(n) AS raised,
         count(CASE WHEN status IN ['MATCHED', 'DONE'] THEN n END) AS matched,
         count(CASE WHEN status = 'MATCHED' AND EXISTS {
                 (n)<-[:CLAIMS]-(p:Project)
                 WHERE p.status IN ['IN_PROGRESS', 'DONE'] AND coalesce(p.claimedOn <= $asOf, true)
                   AND coalesce(p.doneOn > $asOf, true) } THEN n END) AS inProgress,
         count(CASE WHEN status = 'DONE' THEN n END) AS done
}
RETURN {dashboard: {
  totals: {
    communities: COUNT { (:Community) },
    compounds: COUNT { (:ResidentialCompound)-[:PART_OF]->(:Community) },
    industrialParks: COUNT { (:IndustrialPark) },
    units: COUNT { (:Unit) },
    unitsByKind: [kind IN $unitKinds | {kind: kind, count: COUNT { (u:Unit) WHERE u.kind = kind }}],
    partyOrganizations: partyOrganizations, members: members,
    alliances: COUNT { (a:Alliance) WHERE coalesce(a.founded <= $asOf, true) },
    serviceCenters: COUNT { (:ServiceCenter)-[:LOCATED_IN]->() }},
  funnel: {raised: raised, matched: matched, inProgress: inProgress, done: done,
    resourcesOffered: COUNT { (r:Resource)-[:OFFERED_BY]->(:Community|IndustrialPark|Unit)
                              WHERE coalesce(r.offeredOn <= $asOf, true) },
    projectsClaimed: COUNT { (p:Project)-[:CLAIMED_BY]->(:Community|IndustrialPark|Unit)
                             WHERE coalesce(p.claimedOn <= $asOf, true) }}
}} AS data
