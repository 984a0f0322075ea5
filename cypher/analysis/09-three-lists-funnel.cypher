// Question: how far do the three lists (三张清单) get in each alliance? Needs raised by its communities (or
//   their compounds), how many were matched by a project and how many are done; resources its units and parks
//   offer and how many a project uses; projects its units claimed and finished.
// Parameters (defaults apply when not given):
//   :param since => '2018-01-01'   // only needs raised, resources offered and projects claimed on or after
// Result: one row per alliance, by id:
//   allianceId, alliance, needsRaised, needsMatched (MATCHED or DONE), needsDone, matchRate, resourcesOffered,
//   resourcesUsed, projectsClaimed, projectsDone
WITH date(coalesce($since, '2018-01-01')) AS since
MATCH (a:Alliance)
CALL (a, since) {
  OPTIONAL MATCH (n:Need)-[:RAISED_BY]->()-[:PART_OF*0..1]->(:Community)-[ia1:IN_ALLIANCE WHERE ia1.until IS NULL]->(a)
  WHERE n.raisedOn >= since
  WITH DISTINCT n
  RETURN count(n) AS needsRaised,
         count(CASE WHEN n.status IN ['MATCHED', 'DONE'] THEN n END) AS needsMatched,
         count(CASE WHEN n.status = 'DONE' THEN n END) AS needsDone
}
CALL (a, since) {
  OPTIONAL MATCH (r:Resource)-[:OFFERED_BY]->(:Unit|IndustrialPark)-[ia2:IN_ALLIANCE WHERE ia2.until IS NULL]->(a)
  WHERE r.offeredOn >= since
  WITH DISTINCT r
  RETURN count(r) AS resourcesOffered, count(CASE WHEN EXISTS { (r)<-[:USES]-(:Project) } THEN r END) AS resourcesUsed
}
CALL (a, since) {
  OPTIONAL MATCH (p:Project)-[:CLAIMED_BY]->(:Unit)-[ia3:IN_ALLIANCE WHERE ia3.until IS NULL]->(a)
  WHERE p.claimedOn >= since
  WITH DISTINCT p
  RETURN count(p) AS projectsClaimed, count(CASE WHEN p.status = 'DONE' THEN p END) AS projectsDone
}
RETURN a.id AS allianceId, a.name AS alliance, needsRaised, needsMatched, needsDone,
       CASE WHEN needsRaised = 0 THEN null ELSE round(toFloat(needsMatched) / needsRaised, 2) END AS matchRate,
       resourcesOffered, resourcesUsed, projectsClaimed, projectsDone
ORDER BY allianceId;
