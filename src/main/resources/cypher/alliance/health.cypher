// Query.allianceHealth: the structural gaps of one alliance ($alliance), each as its count and its first $first
// nodes by id (projected with $allow, the read path's allowlist): compounds of its communities without a party
// organization (cypher/analysis/04), its communities without a service center (analysis/05), its units hosting a
// party organization of which none (nor one below it) reports to a community or park (analysis/03), and needs
// raised by its communities or their compounds on or before $raisedBefore that are still RAISED.
MATCH (a:Alliance {id: $alliance})
CALL (a) {
  OPTIONAL MATCH (a)<-[:IN_ALLIANCE]-(:Community)<-[:PART_OF]-(r:ResidentialCompound)
  WHERE NOT EXISTS { (r)<-[:HOSTED_BY]-(:PartyOrganization) }
  WITH r ORDER BY r.id
  RETURN collect(r) AS compounds
}
CALL (a) {
  OPTIONAL MATCH (a)<-[:IN_ALLIANCE]-(c:Community)
  WHERE NOT EXISTS { (c)<-[:LOCATED_IN]-(:ServiceCenter) }
  WITH c ORDER BY c.id
  RETURN collect(c) AS communities
}
CALL (a) {
  OPTIONAL MATCH (a)<-[:IN_ALLIANCE]-(u:Unit)
  WHERE EXISTS { (u)<-[:HOSTED_BY]-(:PartyOrganization) }
    AND NOT EXISTS { (u)<-[:HOSTED_BY]-(:PartyOrganization)<-[:SUBORDINATE_TO*0..2]-(:PartyOrganization)
                     -[:REPORTS_TO]->(:Community|IndustrialPark) }
  WITH u ORDER BY u.id
  RETURN collect(u) AS units
}
CALL (a) {
  OPTIONAL MATCH (a)<-[:IN_ALLIANCE]-(:Community)<-[:PART_OF*0..1]-()<-[:RAISED_BY]-(n:Need {status: 'RAISED'})
  WHERE n.raisedOn <= $raisedBefore
  WITH DISTINCT n ORDER BY n.id
  RETURN collect(n) AS needs
}
UNWIND [['compoundsWithoutBranch', compounds], ['communitiesWithoutServiceCenter', communities],
        ['unitsNeverReported', units], ['unmetNeeds', needs]] AS gap
RETURN {labels: labels(a), properties: [k IN $allow[head(labels(a))] | [k, a[k]]]} AS alliance, gap[0] AS gap, size(gap[1]) AS totalCount,
       [n IN gap[1][0..$first] | {labels: labels(n), properties: [k IN $allow[head(labels(n))] | [k, n[k]]]}] AS nodes
