// Question: which units share party members? A member is shared by two units when they work at one unit and
//   their party membership (now, or earlier: a transfer) is with a party organization of another unit
//   (the unit's own organization or one under it).
// Parameters (defaults apply when not given):
//   :param alliance => null       // an alliance id such as 'alliance:06' to keep pairs with a unit in it; null: all
//   :param minShared => 1         // only pairs sharing at least this many members
// Result: one row per pair of units, most shared first:
//   workplaceId, workplace, partyUnitId, partyUnit, sharedMembers, currentMemberships (membership still open),
//   sample (up to 5 member names)
WITH $alliance AS allianceId, coalesce($minShared, 1) AS minShared
MATCH (work:Unit)<-[:WORKS_AT]-(m:Member)-[r:MEMBER_OF]->(:PartyOrganization)
      -[:SUBORDINATE_TO*0..2]->(:PartyOrganization)-[:HOSTED_BY]->(party:Unit)
WHERE work <> party
  AND (allianceId IS NULL
       OR EXISTS { (work)-[ia1:IN_ALLIANCE WHERE ia1.until IS NULL]->(:Alliance {id: allianceId}) }
       OR EXISTS { (party)-[ia2:IN_ALLIANCE WHERE ia2.until IS NULL]->(:Alliance {id: allianceId}) })
WITH work, party, minShared, m, max(CASE WHEN r.until IS NULL THEN 1 ELSE 0 END) AS current
WITH work, party, minShared, count(m) AS sharedMembers, sum(current) AS currentMemberships,
     collect(m.name)[0..5] AS sample
WHERE sharedMembers >= minShared
RETURN work.id AS workplaceId, work.name AS workplace, party.id AS partyUnitId, party.name AS partyUnit,
       sharedMembers, currentMemberships, sample
ORDER BY sharedMembers DESC, workplaceId, partyUnitId;
