// Dashboard.mostConnectedUnits / leastConnectedUnits: the scope's units ($area, $alliance; see
// dashboard/scope.cypher) with their partners, the distinct other organizations they work with (the evidence of
// Alliance.crossUnitLinks, counted per partner): communities or parks their party organizations report to, where
// they are stationed, whose needs their projects serve, whose summonses they answered, co-organizers of their
// activities. Every unit of the scope, most first, ties by id: one run answers both lists (the fewest are the
// last ones). $allow: the read path's. $asOf: null for today, or a day: the scope of that day and the evidence
// of then: reporting and stationing in force that day (node/AsOf), projects claimed, summonses answered and
// activities held by then.
{{scope}}
UNWIND [o IN orgs WHERE o:Unit] AS u
CALL (u) {
  OPTIONAL MATCH (u)<-[:HOSTED_BY]-(:PartyOrganization)<-[:SUBORDINATE_TO*0..2]-(:PartyOrganization)
                 -[r:REPORTS_TO]->(p:Community|IndustrialPark)
  WHERE $asOf IS NULL OR (coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true))
  RETURN collect(p) AS reported
}
CALL (u) {
  OPTIONAL MATCH (u)-[r:STATIONED_AT]->(p:Community)
  WHERE $asOf IS NULL OR (coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true))
  RETURN collect(p) AS stationed
}
CALL (u) {
  OPTIONAL MATCH (u)<-[:CLAIMED_BY]-(pr:Project)-[:CLAIMS]->(:Need)-[:RAISED_BY]->()-[:PART_OF*0..1]->(p:Community)
  WHERE $asOf IS NULL OR coalesce(pr.claimedOn <= $asOf, true)
  RETURN collect(p) AS served
}
CALL (u) {
  OPTIONAL MATCH (u)-[a:ANSWERED]->(:Summons)-[:RAISED_BY|CONCERNS]->()-[:PART_OF*0..1]->(p:Community)
  WHERE $asOf IS NULL OR coalesce(a.date <= $asOf, true)
  RETURN collect(p) AS answered
}
CALL (u) {
  OPTIONAL MATCH (u)<-[:ORGANIZED_BY]-(act:Activity)-[:ORGANIZED_BY]->(p:Community|IndustrialPark|Unit)
  WHERE p <> u AND ($asOf IS NULL OR act.date <= $asOf)
  RETURN collect(p) AS coOrganizers
}
CALL (reported, stationed, served, answered, coOrganizers) {
  UNWIND reported + stationed + served + answered + coOrganizers AS partner
  RETURN count(DISTINCT partner) AS partners
}
WITH u, partners
ORDER BY partners DESC, u.id
RETURN u.id AS id, {labels: labels(u), properties: [k IN $allow[head(labels(u))] | [k, u[k]]]} AS unit, partners
