// The party organizations of the dashboard's scope, put in place of the parties placeholder after the scope (not a
// statement by itself): `pos`, those hosted by one of `orgs` or by a compound of one of its communities, and every
// organization below them (the same coverage as Alliance.counts and the source's 1,323); under $asOf (a day, or null
// for today) only those founded by then (one without `founded` counts as always there).
CALL (orgs) {
  UNWIND orgs AS o
  MATCH (top:PartyOrganization)-[:HOSTED_BY]->()-[:PART_OF*0..1]->(o)
  MATCH (po:PartyOrganization)-[:SUBORDINATE_TO*0..]->(top)
  WHERE $asOf IS NULL OR coalesce(po.founded <= $asOf, true)
  RETURN collect(DISTINCT po) AS pos
}
