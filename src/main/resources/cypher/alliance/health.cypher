// Query.allianceHealth: the structural gaps of one alliance ($alliance), each as its count and its first $first
// nodes by id (projected with $allow, the read path's allowlist): compounds of its communities without a party
// organization (cypher/analysis/04), its communities without a service center (analysis/05), its units hosting a
// party organization of which none (nor one below it) reports to a community or park (analysis/03), and needs
// raised by its communities or their compounds on or before $raisedBefore that are still RAISED.
// $asOf: null for today, or a day: the alliance's members of that day (memberships in force then, node/AsOf), party
// organizations founded by then, reporting (双报到) begun by then, and needs no project had claimed by then.
MATCH (a:Alliance {id: $alliance})
CALL (a) {
  OPTIONAL MATCH (a)<-[m:IN_ALLIANCE]-(:Community)<-[:PART_OF]-(r:ResidentialCompound)
  WHERE (CASE WHEN $asOf IS NULL THEN m.until IS NULL ELSE coalesce(m.since <= $asOf, true) AND coalesce(m.until > $asOf, true) END)
    AND NOT EXISTS { (r)<-[:HOSTED_BY]-(po:PartyOrganization) WHERE $asOf IS NULL OR coalesce(po.founded <= $asOf, true) }
  WITH r ORDER BY r.id
  RETURN collect(r) AS compounds
}
CALL (a) {
  OPTIONAL MATCH (a)<-[m:IN_ALLIANCE]-(c:Community)
  WHERE (CASE WHEN $asOf IS NULL THEN m.until IS NULL ELSE coalesce(m.since <= $asOf, true) AND coalesce(m.until > $asOf, true) END)
    AND NOT EXISTS { (c)<-[:LOCATED_IN]-(:ServiceCenter) }
  WITH c ORDER BY c.id
  RETURN collect(c) AS communities
}
CALL (a) {
  OPTIONAL MATCH (a)<-[m:IN_ALLIANCE]-(u:Unit)
  WHERE (CASE WHEN $asOf IS NULL THEN m.until IS NULL ELSE coalesce(m.since <= $asOf, true) AND coalesce(m.until > $asOf, true) END)
    AND EXISTS { (u)<-[:HOSTED_BY]-(po:PartyOrganization) WHERE $asOf IS NULL OR coalesce(po.founded <= $asOf, true) }
    AND NOT EXISTS { (u)<-[:HOSTED_BY]-(:PartyOrganization)<-[:SUBORDINATE_TO*0..2]-(:PartyOrganization)
                     -[rt:REPORTS_TO]->(:Community|IndustrialPark) WHERE $asOf IS NULL OR coalesce(rt.since <= $asOf, true) }
  WITH u ORDER BY u.id
  RETURN collect(u) AS units
}
CALL (a) {
  OPTIONAL MATCH (a)<-[m:IN_ALLIANCE]-(:Community)<-[:PART_OF*0..1]-()<-[:RAISED_BY]-(n:Need)
  WHERE (CASE WHEN $asOf IS NULL THEN m.until IS NULL ELSE coalesce(m.since <= $asOf, true) AND coalesce(m.until > $asOf, true) END)
    AND n.raisedOn <= $raisedBefore
    AND CASE WHEN $asOf IS NULL THEN n.status = 'RAISED'
             ELSE NOT EXISTS { (n)<-[:CLAIMS]-(p:Project) WHERE coalesce(p.claimedOn <= $asOf, true) } END
  WITH DISTINCT n ORDER BY n.id
  RETURN collect(n) AS needs
}
UNWIND [['compoundsWithoutBranch', compounds], ['communitiesWithoutServiceCenter', communities],
        ['unitsNeverReported', units], ['unmetNeeds', needs]] AS gap
RETURN {labels: labels(a), properties: [k IN $allow[head(labels(a))] | [k, a[k]]]} AS alliance, gap[0] AS gap, size(gap[1]) AS totalCount,
       [n IN gap[1][0..$first] | {labels: labels(n), properties: [k IN $allow[head(labels(n))] | [k, n[k]]]}] AS nodes
