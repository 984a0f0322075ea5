// Question: how did each alliance mobilize in the epidemic campaign (2020)? Vanguard teams its party
//   organizations formed, its party organizations and members active in epidemic control (and how many of
//   those members were in the front line), its units stationed in communities and their front-line members,
//   stairwells walked and households screened in its communities, the compound volunteer pool there and the
//   compound branches founded during the epidemic. The last row, TOTAL, counts the whole city once (it is
//   more than the sum of the alliances: villages and city-level organizations belong to none).
// Parameters (defaults apply when not given):
//   :param campaign => null        // an EPIDEMIC_CAMPAIGN activity id; null: every epidemic campaign
// Result: one row per alliance by id, then TOTAL:
//   allianceId, alliance, vanguardTeams, nonPublicEnterpriseTeams, mobilizedOrganizations, mobilizedMembers,
//   frontLineMembers, stationedUnits, stationedFrontLine, stairwells, households, volunteers, epidemicBranches
WITH $campaign AS campaignId
MATCH (camp:Activity {kind: 'EPIDEMIC_CAMPAIGN'})
WHERE campaignId IS NULL OR camp.id = campaignId
WITH collect(camp) AS campaigns
CALL () {
  // an alliance's party organizations: hosted by a member of it (a compound counts through its community), or
  // under one that is
  MATCH (a:Alliance)
  CALL (a) {
    MATCH (po:PartyOrganization)
    WHERE EXISTS { (po)-[:SUBORDINATE_TO*0..3]->(:PartyOrganization)-[:HOSTED_BY]->()-[:PART_OF*0..1]->()
                   -[ia1:IN_ALLIANCE WHERE ia1.until IS NULL]->(a) }
    RETURN collect(po) AS pos
  }
  RETURN a.id AS allianceId, a.name AS alliance, pos, [(a)<-[ia2:IN_ALLIANCE WHERE ia2.until IS NULL]-(c:Community) | c] AS communities,
         [(a)<-[ia3:IN_ALLIANCE WHERE ia3.until IS NULL]-(u:Unit) | u] AS units
  UNION ALL
  MATCH (po:PartyOrganization)
  WITH collect(po) AS pos
  RETURN 'TOTAL' AS allianceId, 'the whole city' AS alliance, pos, COLLECT { MATCH (c:Community) RETURN c } AS communities,
         COLLECT { MATCH (u:Unit) RETURN u } AS units
}
CALL (pos) {
  UNWIND pos AS po
  MATCH (t:VanguardTeam)-[:FORMED_BY]->(po)
  RETURN count(DISTINCT t) AS vanguardTeams,
         count(DISTINCT CASE WHEN t.kind = 'NON_PUBLIC_ENTERPRISE' THEN t END) AS nonPublicEnterpriseTeams
}
CALL (pos, campaigns) {
  UNWIND pos AS po
  MATCH (po)-[:MOBILIZED_FOR]->(camp)
  WHERE camp IN campaigns
  RETURN count(DISTINCT po) AS mobilizedOrganizations
}
CALL (pos, campaigns) {
  UNWIND pos AS po
  MATCH (m:Member)-[r:MEMBER_OF]->(po)
  WHERE r.until IS NULL
  MATCH (m)-[mob:MOBILIZED_FOR]->(camp)
  WHERE camp IN campaigns
  RETURN count(DISTINCT m) AS mobilizedMembers, count(DISTINCT CASE WHEN mob.frontLine THEN m END) AS frontLineMembers
}
CALL (units, campaigns) {
  UNWIND units AS u
  MATCH (u)-[:STATIONED_AT]->(:Community)
  OPTIONAL MATCH (u)<-[:WORKS_AT]-(m:Member)-[:MOBILIZED_FOR {frontLine: true}]->(camp)
  WHERE camp IN campaigns
  RETURN count(DISTINCT u) AS stationedUnits, count(DISTINCT m) AS stationedFrontLine
}
CALL (communities, campaigns) {
  UNWIND campaigns AS camp
  MATCH (camp)-[h:HELD_AT]->(c:Community)
  WHERE c IN communities
  RETURN coalesce(sum(h.stairwells), 0) AS stairwells, coalesce(sum(h.households), 0) AS households
}
CALL (communities) {
  UNWIND communities AS c
  MATCH (c)<-[:PART_OF]-(:ResidentialCompound)<-[:VOLUNTEERS_FOR]-(m:Member)
  RETURN count(DISTINCT m) AS volunteers
}
CALL (communities) {
  UNWIND communities AS c
  MATCH (c)<-[:PART_OF]-(:ResidentialCompound)<-[:HOSTED_BY]-(po:PartyOrganization)
        <-[:CHANGED]-(:ChangeEvent {type: 'BRANCH_FOUNDED', context: 'EPIDEMIC'})
  RETURN count(DISTINCT po) AS epidemicBranches
}
RETURN allianceId, alliance, vanguardTeams, nonPublicEnterpriseTeams, mobilizedOrganizations, mobilizedMembers,
       frontLineMembers, stationedUnits, stationedFrontLine, stairwells, households, volunteers, epidemicBranches
ORDER BY allianceId = 'TOTAL', allianceId;
