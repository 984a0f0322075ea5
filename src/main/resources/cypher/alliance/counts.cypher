// Alliance.counts for a batch of alliances: member organizations by kind, the party organizations hosted by the
// members or subordinate to those (compound branches under a community committee, a unit's branches), and the
// party members whose current organization is one of them. Members are the current ones (no until). Only the counts
// asked for are computed: $members (the three kinds), $partyOrganizations (the walk down the subordinate
// organizations), $partyMembers (their members, needs the walk); the others are 0.
UNWIND $ids AS allianceId
MATCH (a:Alliance {id: allianceId})
CALL (a) {
  MATCH (a)<-[r:IN_ALLIANCE]-(x)
  WHERE $members AND r.until IS NULL
  RETURN count(CASE WHEN x:Community THEN 1 END) AS communities,
         count(CASE WHEN x:IndustrialPark THEN 1 END) AS industrialParks,
         count(CASE WHEN x:Unit THEN 1 END) AS units
}
CALL (a) {
  MATCH (a)<-[ma:IN_ALLIANCE]-()<-[:HOSTED_BY]-(top:PartyOrganization)
  WHERE $partyOrganizations AND ma.until IS NULL
  MATCH (po:PartyOrganization)-[:SUBORDINATE_TO*0..]->(top)
  WITH DISTINCT po
  RETURN count(po) AS partyOrganizations,
         sum(CASE WHEN $partyMembers THEN COUNT { (po)<-[r:MEMBER_OF]-(:Member) WHERE r.until IS NULL } ELSE 0 END)
             AS partyMembers
}
RETURN a.id AS id, communities, industrialParks, units, partyOrganizations, partyMembers
