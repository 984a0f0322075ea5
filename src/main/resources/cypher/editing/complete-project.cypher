// completeProject: the project and the needs it claims are done on $date; returns the state before.
MATCH (p:Project)
WHERE elementId(p) = $project
WITH p, {status: p.status, claimedOn: p.claimedOn} AS before
SET p.status = 'DONE', p.doneOn = $date
WITH p, before
CALL (p) {
  MATCH (p)-[:CLAIMS]->(n:Need)
  SET n.status = 'DONE'
}
RETURN before
