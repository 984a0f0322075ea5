// Query.recommendations: units whose resources fit the need $need, ranked. A resource fits when it is of the
// need's category, or of a kind that past projects used for needs of that category (learnt from the three lists,
// weighted by how often). Candidates: units offering a fitting resource that have not claimed the need. For each:
// whether it is in the alliance of the community that raised the need (or whose compound did), the hops to that
// community over organizational relationships (at most 4; null beyond), its past projects (all, and for needs of
// that community). Ranked: the same alliance first, then by score (see the SDL), then id; the first $first. $allow: the read path's allowlist.
MATCH (need:Need {id: $need})-[:RAISED_BY]->()-[:PART_OF*0..1]->(community:Community)
WITH need, community LIMIT 1
OPTIONAL MATCH (community)-[ca:IN_ALLIANCE]->(alliance:Alliance) WHERE ca.until IS NULL
CALL (need) {
  OPTIONAL MATCH (:Need {category: need.category})<-[:CLAIMS]-(:Project)-[:USES]->(used:Resource)
  WITH used.category AS kind, count(used) AS uses
  RETURN collect([kind, uses]) AS learnt
}
WITH need, community, alliance, learnt + [[need.category, 1]] AS fits
WITH need, community, alliance, fits, [f IN fits WHERE f[0] IS NOT NULL | f[0]] AS kinds
MATCH (r:Resource)-[:OFFERED_BY]->(u:Unit)
WHERE r.category IN kinds AND NOT EXISTS { (u)<-[:CLAIMED_BY]-(:Project)-[:CLAIMS]->(need) }
WITH need, community, alliance, u, r,
     reduce(w = 0, f IN fits | w + CASE WHEN f[0] = r.category THEN f[1] ELSE 0 END) AS fit
ORDER BY r.id
WITH need, community, alliance, u, collect(r) AS resources, sum(fit) AS fit
CALL (u, community) {
  OPTIONAL MATCH path = shortestPath((u)-[:HOSTED_BY|SUBORDINATE_TO|REPORTS_TO|STATIONED_AT|REPRESENTED_ON|CLAIMED_BY
                                        |CLAIMS|RAISED_BY|PART_OF|ANSWERED|CONCERNS|ORGANIZED_BY*..4]-(community))
  RETURN length(path) AS distance
}
WITH need, community, u, resources, fit, distance,
     alliance IS NOT NULL AND EXISTS { (u)-[ua:IN_ALLIANCE]->(alliance) WHERE ua.until IS NULL } AS sameAlliance,
     COUNT { (u)<-[:CLAIMED_BY]-(:Project) } AS pastProjects,
     COUNT { (u)<-[:CLAIMED_BY]-(:Project)-[:CLAIMS]->(:Need)-[:RAISED_BY]->()-[:PART_OF*0..1]->(community) }
       AS projectsForCommunity
WITH u, resources, fit, distance, sameAlliance, pastProjects, projectsForCommunity, community,
     (CASE WHEN sameAlliance THEN 100 ELSE 0 END) + (CASE WHEN distance IS NULL THEN 0 ELSE 20 * (5 - distance) END)
       + 5 * projectsForCommunity + pastProjects + fit AS score
ORDER BY sameAlliance DESC, score DESC, u.id
LIMIT $first
RETURN {labels: labels(u), properties: [k IN $allow[head(labels(u))] | [k, u[k]]]} AS unit, score, sameAlliance,
       distance, pastProjects, projectsForCommunity, community.name AS community,
       [r IN resources[0..5] | {labels: labels(r), properties: [k IN $allow[head(labels(r))] | [k, r[k]]]}] AS resources,
       [r IN resources[0..5] | r.category] AS kinds
