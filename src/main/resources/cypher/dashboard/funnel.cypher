// Dashboard.funnel: the three-lists funnel (cypher/analysis/09) of the scope ($area, $alliance; see
// dashboard/scope.cypher): needs raised by its communities or their compounds, matched, being served by a project
// under way, done; resources its units and parks offer; projects its units claimed.
{{scope}}
CALL (orgs) {
  UNWIND orgs AS c
  MATCH (n:Need)-[:RAISED_BY]->()-[:PART_OF*0..1]->(c:Community)
  WITH DISTINCT n
  RETURN count(n) AS raised,
         count(CASE WHEN n.status IN ['MATCHED', 'DONE'] THEN n END) AS matched,
         count(CASE WHEN n.status = 'MATCHED' AND EXISTS { (n)<-[:CLAIMS]-(:Project {status: 'IN_PROGRESS'}) } THEN n END)
           AS inProgress,
         count(CASE WHEN n.status = 'DONE' THEN n END) AS done
}
RETURN raised, matched, inProgress, done,
       COUNT { MATCH (r:Resource)-[:OFFERED_BY]->(o) WHERE o IN orgs } AS resourcesOffered,
       COUNT { MATCH (p:Project)-[:CLAIMED_BY]->(o) WHERE o IN orgs } AS projectsClaimed
