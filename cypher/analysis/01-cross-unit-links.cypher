// Question: which units of one alliance actually work with each other, and what is the evidence?
//   Two units of the alliance are linked when they organized an activity together, answered the same summons,
//   one claimed a project the other paid for, they sit on the same expanded community committee (大党委),
//   or people working at one are (or were) members of a party organization of the other.
// Parameters (defaults apply when not given):
//   :param alliance => 'alliance:01'
// Result: one row per linked pair of units (unitId < otherUnitId), strongest first:
//   unitId, unit, otherUnitId, otherUnit, links (pieces of evidence), evidence (list of {kind, via, detail})
WITH coalesce($alliance, 'alliance:01') AS allianceId
MATCH (a:Alliance {id: allianceId})<-[ia1:IN_ALLIANCE WHERE ia1.until IS NULL]-(u1:Unit)
CALL (a, u1) {
  MATCH (u1)<-[:ORGANIZED_BY]-(act:Activity)-[:ORGANIZED_BY]->(u2:Unit)-[ia2:IN_ALLIANCE WHERE ia2.until IS NULL]->(a)
  WHERE u1.id < u2.id
  RETURN u2, 'JOINT_ACTIVITY' AS kind, act.id AS via, act.name AS detail
  UNION
  MATCH (u1)-[:ANSWERED]->(s:Summons)<-[:ANSWERED]-(u2:Unit)-[ia3:IN_ALLIANCE WHERE ia3.until IS NULL]->(a)
  WHERE u1.id < u2.id
  RETURN u2, 'SAME_SUMMONS' AS kind, s.id AS via, s.name AS detail
  UNION
  MATCH (u1)<-[:CLAIMED_BY|PAID_BY]-(p:Project)-[:CLAIMED_BY|PAID_BY]->(u2:Unit)-[ia4:IN_ALLIANCE WHERE ia4.until IS NULL]->(a)
  WHERE u1.id < u2.id
  RETURN u2, 'PROJECT' AS kind, p.id AS via, p.name AS detail
  UNION
  MATCH (u1)-[:REPRESENTED_ON]->(po:PartyOrganization)<-[:REPRESENTED_ON]-(u2:Unit)-[ia5:IN_ALLIANCE WHERE ia5.until IS NULL]->(a)
  WHERE u1.id < u2.id
  RETURN u2, 'SAME_COMMITTEE' AS kind, po.id AS via, po.name AS detail
  UNION
  MATCH (u1)<-[:WORKS_AT]-(m:Member)-[:MEMBER_OF]->(:PartyOrganization)-[:SUBORDINATE_TO*0..2]->(:PartyOrganization)
        -[:HOSTED_BY]->(u2:Unit)-[ia6:IN_ALLIANCE WHERE ia6.until IS NULL]->(a)
  WHERE u1.id < u2.id
  RETURN u2, 'SHARED_MEMBER' AS kind, m.id AS via, m.name + ' works at ' + u1.name + ', member in ' + u2.name AS detail
  UNION
  MATCH (u1)<-[:HOSTED_BY]-(:PartyOrganization)<-[:SUBORDINATE_TO*0..2]-(:PartyOrganization)<-[:MEMBER_OF]-(m:Member)
        -[:WORKS_AT]->(u2:Unit)-[ia7:IN_ALLIANCE WHERE ia7.until IS NULL]->(a)
  WHERE u1.id < u2.id
  RETURN u2, 'SHARED_MEMBER' AS kind, m.id AS via, m.name + ' works at ' + u2.name + ', member in ' + u1.name AS detail
}
WITH u1, u2, collect(DISTINCT {kind: kind, via: via, detail: detail}) AS evidence
RETURN u1.id AS unitId, u1.name AS unit, u2.id AS otherUnitId, u2.name AS otherUnit, size(evidence) AS links,
       evidence
ORDER BY links DESC, unitId, otherUnitId;
