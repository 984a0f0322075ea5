// The party organizations of the dashboard's scope, put in place of the parties placeholder after the scope (not a
// statement by itself): `pos`, those hosted by one of `orgs` or by a compound of one of its communities, and every
// organization below them (the same coverage as Alliance.counts and the source's 1,323). As of a day too: the
// organizations count as always there (`founded` is not read: the reference data's unit sub-organizations have
// founding days past today), their members are those of the day (dashboard/party-members-as-of).
CALL (orgs) {
  UNWIND orgs AS o
  MATCH (top:PartyOrganization)-[:HOSTED_BY]->()-[:PART_OF*0..1]->(o)
  MATCH (po:PartyOrganization)-[:SUBORDINATE_TO*0..]->(top)
  RETURN collect(DISTINCT po) AS pos
}
