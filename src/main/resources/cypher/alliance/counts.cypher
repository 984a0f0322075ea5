// Alliance.counts for a batch of alliances: member organizations by kind, the party organizations hosted by the
// members or subordinate to those (compound branches under a community committee, a unit's branches), and the
// party members whose current organization is one of them. Members are the current ones (no until). Only the counts
// asked for are computed: $members (the three kinds), $partyOrganizations (the walk down the subordinate
// organizations), $partyMembers (their members, needs the walk); the others are 0.
// $asOf: null for today, or a day: the alliance memberships and the party memberships in force then (see node/AsOf);
// the party organizations count as always there, as on the dashboard (dashboard/party-scope).
UNWIND $ids AS allianceId
MATCH (a:Alliance {id: allianceId})
CALL (a) {
  MATCH (a)<-[r:IN_ALLIANCE]-(x)
  WHERE $members
    AND (CASE WHEN $asOf IS NULL THEN r.until IS NULL ELSE coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true) END)
  RETURN count(CASE WHEN x:Community THEN 1 END) AS communities,
         count(CASE WHEN x:IndustrialPark THEN 1 END) AS industrialParks,
         count(CASE WHEN x:Unit THEN 1 END) AS units
}
CALL (a) {
  MATCH (a)<-[ma:IN_ALLIANCE]-()<-[:HOSTED_BY]-(top:PartyOrganization)
  WHERE $partyOrganizations
    AND (CASE WHEN $asOf IS NULL THEN ma.until IS NULL ELSE coalesce(ma.since <= $asOf, true) AND coalesce(ma.until > $asOf, true) END)
  MATCH (po:PartyOrganization)-[:SUBORDINATE_TO*0..]->(top)
  WITH DISTINCT po
  RETURN count(po) AS partyOrganizations,
         sum(CASE WHEN $partyMembers THEN COUNT { (po)<-[r:MEMBER_OF]-(:Member)
               WHERE CASE WHEN $asOf IS NULL THEN r.until IS NULL ELSE coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true) END } ELSE 0 END)
             AS partyMembers
}
RETURN a.id AS id, communities, industrialParks, units, partyOrganizations, partyMembers
