// Bench, cookbook 1 (graphql/examples/01-alliance-coverage.graphql) by hand: every alliance (by id) with its lead
// organization's name and its counts: current member communities, parks and units; the party organizations
// hosted by members or subordinate to those; their current party members.
MATCH (a:Alliance)
WITH a ORDER BY a.id
CALL (a) {
  OPTIONAL MATCH (a)-[:LED_BY]->(lead)
  RETURN lead.name AS leadName, lead IS NOT NULL AS led
}
CALL (a) {
  MATCH (a)<-[r:IN_ALLIANCE]-(x)
  WHERE r.until IS NULL
  RETURN count(CASE WHEN x:Community THEN 1 END) AS communities,
         count(CASE WHEN x:IndustrialPark THEN 1 END) AS industrialParks,
         count(CASE WHEN x:Unit THEN 1 END) AS units
}
CALL (a) {
  MATCH (a)<-[ma:IN_ALLIANCE]-()<-[:HOSTED_BY]-(top:PartyOrganization)<-[:SUBORDINATE_TO*0..]-(po:PartyOrganization)
  WHERE ma.until IS NULL
  WITH DISTINCT po
  RETURN count(po) AS partyOrganizations,
         sum(COUNT { (po)<-[r:MEMBER_OF]-(:Member) WHERE r.until IS NULL }) AS partyMembers
}
WITH collect({node: {id: a.id, name: a.name, urbanRegional: coalesce(a.urbanRegional, false),
    leadBy: CASE WHEN led THEN {name: leadName} END,
    counts: {communities: communities, industrialParks: industrialParks, units: units,
             partyOrganizations: partyOrganizations, partyMembers: partyMembers}}}) AS edges
RETURN {alliances: {totalCount: COUNT { (:Alliance) }, edges: edges[0..$first]}} AS data
