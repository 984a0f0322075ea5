// The evidence that linked a member organization `m` to other organizations on the day $asOf: the evidence paths of
// member-link-patterns.cypher (put in place of the patterns placeholder), those through party memberships that have
// ended since (the patterns take the current ones), and of all of them only the paths whose every relationship was in
// force that day (since on or before it, until after it: node/AsOf; a summons answered by then) and whose every
// node was there by then (a party organization founded, a need raised, a resource offered, a project claimed, an
// activity or summons held on or before it). Put in place of the memberLinks placeholder of
// organization-links.cypher when links are asked as of a day; the links of today do not walk this.
CALL (m) {
  {{patterns}}
  UNION ALL
  // DUAL_REPORTING: a member of a party organization hosted by one, whose membership has ended since, reports to the other
  MATCH path = (m)<-[:HOSTED_BY]-(:PartyOrganization)<-[r:MEMBER_OF]-(p:Member)-[:REPORTS_TO]->(o:Community|IndustrialPark)
  WHERE r.until IS NOT NULL AND o <> m
  RETURN o, 'DUAL_REPORTING' AS kind, p.id AS witness, path
  UNION ALL
  MATCH path = (m:Community|IndustrialPark)<-[:REPORTS_TO]-(p:Member)-[r:MEMBER_OF]->(:PartyOrganization)-[:HOSTED_BY]->(o)
  WHERE r.until IS NOT NULL AND o <> m
  RETURN o, 'DUAL_REPORTING' AS kind, p.id AS witness, path
}
WITH o, kind, witness, path
WHERE all(r IN relationships(path) WHERE coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true)
                                     AND coalesce(r.date <= $asOf, true))
  AND all(n IN nodes(path) WHERE coalesce(n.founded <= $asOf, true) AND coalesce(n.raisedOn <= $asOf, true)
                             AND coalesce(n.offeredOn <= $asOf, true) AND coalesce(n.claimedOn <= $asOf, true)
                             AND coalesce(n.date <= $asOf, true))
RETURN o, kind, witness, path
