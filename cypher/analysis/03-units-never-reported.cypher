// Question: which units with a party organization never took part in dual reporting (双报到): none of their
//   party organizations (the unit's own or one under it) reports to a community or an industrial park?
// Parameters (defaults apply when not given):
//   :param alliance => null       // an alliance id such as 'alliance:01' to look inside one alliance; null: all units
// Result: one row per unit that never reported, by alliance then id:
//   unitId, unit, kind, allianceId, alliance (null when the unit is in none), partyOrganizations (how many it hosts)
WITH $alliance AS allianceId
MATCH (u:Unit)<-[:HOSTED_BY]-(:PartyOrganization)
WHERE allianceId IS NULL OR EXISTS { (u)-[ia1:IN_ALLIANCE WHERE ia1.until IS NULL]->(:Alliance {id: allianceId}) }
WITH DISTINCT u
WHERE NOT EXISTS {
  MATCH (u)<-[:HOSTED_BY]-(:PartyOrganization)<-[:SUBORDINATE_TO*0..2]-(:PartyOrganization)
        -[:REPORTS_TO]->(:Community|IndustrialPark)
}
OPTIONAL MATCH (u)-[ia2:IN_ALLIANCE WHERE ia2.until IS NULL]->(a:Alliance)
OPTIONAL MATCH (u)<-[:HOSTED_BY]-(:PartyOrganization)<-[:SUBORDINATE_TO*0..2]-(po:PartyOrganization)
RETURN u.id AS unitId, u.name AS unit, u.kind AS kind, a.id AS allianceId, a.name AS alliance,
       count(DISTINCT po) AS partyOrganizations
ORDER BY allianceId, unitId;
