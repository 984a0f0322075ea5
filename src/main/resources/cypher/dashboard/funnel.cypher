// Dashboard.funnel: the three-lists funnel (cypher/analysis/09) of the scope ($area, $alliance; see
// dashboard/scope.cypher): needs raised by its communities or their compounds, matched, being served by a project
// under way, done; resources its units and parks offer; projects its units claimed.
// $asOf: null for today (the needs' and projects' status), or a day: what was raised, offered and claimed by then
// (raisedOn, offeredOn, claimedOn), a need matched once a project claimed it and done once its project was
// (doneOn), and under way while a project that is now under way or done had claimed it and was not done yet (the
// day a project started is not recorded: its claim stands for it).
{{scope}}
CALL (orgs) {
  UNWIND orgs AS c
  MATCH (n:Need)-[:RAISED_BY]->()-[:PART_OF*0..1]->(c:Community)
  WHERE $asOf IS NULL OR coalesce(n.raisedOn <= $asOf, true)
  WITH DISTINCT n
  WITH n, CASE WHEN $asOf IS NULL THEN n.status
               WHEN EXISTS { (n)<-[:CLAIMS]-(p:Project) WHERE p.doneOn <= $asOf } THEN 'DONE'
               WHEN EXISTS { (n)<-[:CLAIMS]-(p:Project) WHERE coalesce(p.claimedOn <= $asOf, true) } THEN 'MATCHED'
               ELSE 'RAISED' END AS status
  RETURN count(n) AS raised,
         count(CASE WHEN status IN ['MATCHED', 'DONE'] THEN n END) AS matched,
         count(CASE WHEN status = 'MATCHED' AND EXISTS {
                 (n)<-[:CLAIMS]-(p:Project)
                 WHERE CASE WHEN $asOf IS NULL THEN p.status = 'IN_PROGRESS'
                            ELSE p.status IN ['IN_PROGRESS', 'DONE'] AND coalesce(p.claimedOn <= $asOf, true)
                                 AND coalesce(p.doneOn > $asOf, true) END } THEN n END)
           AS inProgress,
         count(CASE WHEN status = 'DONE' THEN n END) AS done
}
RETURN raised, matched, inProgress, done,
       COUNT { MATCH (r:Resource)-[:OFFERED_BY]->(o)
               WHERE o IN orgs AND ($asOf IS NULL OR coalesce(r.offeredOn <= $asOf, true)) } AS resourcesOffered,
       COUNT { MATCH (p:Project)-[:CLAIMED_BY]->(o)
               WHERE o IN orgs AND ($asOf IS NULL OR coalesce(p.claimedOn <= $asOf, true)) } AS projectsClaimed
