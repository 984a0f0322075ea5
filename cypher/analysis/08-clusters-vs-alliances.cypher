// Question: do the designated alliances match how organizations actually work together? Louvain community
//   detection on the network of all alliance members (units, communities, parks; linked as in
//   07-centrality-in-alliance.cypher, across alliances) finds natural clusters; each cluster is dominated by
//   the alliance most of its members belong to. Listed are the units that sit in a cluster dominated by
//   another alliance than their own: candidates to move, or links to strengthen.
// Needs: Graph Data Science (gds.*). The projection gets a unique name and is dropped at the end; Louvain runs
//   single-threaded so the clusters are the same on every run.
// Parameters (defaults apply when not given):
//   :param minClusterSize => 3     // ignore smaller clusters
// Result: one row per unit outside its alliance's cluster, by cluster then unit:
//   unitId, unit, allianceId, alliance, cluster, clusterSize, dominantAllianceId, dominantAlliance,
//   dominantShare (share of the cluster's members in the dominant alliance), ownAllianceInCluster
WITH coalesce($minClusterSize, 3) AS minClusterSize
MATCH (x)-[ia1:IN_ALLIANCE WHERE ia1.until IS NULL]->(:Alliance)
WITH minClusterSize, collect(DISTINCT x) AS members
CALL (members) {
  UNWIND members AS x
  MATCH (x)<-[:ORGANIZED_BY]-(:Activity)-[:ORGANIZED_BY]->(y)-[ia2:IN_ALLIANCE WHERE ia2.until IS NULL]->(:Alliance)
  RETURN x, y
  UNION ALL
  UNWIND members AS x
  MATCH (x)-[:ANSWERED]->(:Summons)<-[:ANSWERED]-(y)-[ia3:IN_ALLIANCE WHERE ia3.until IS NULL]->(:Alliance)
  RETURN x, y
  UNION ALL
  UNWIND members AS x
  MATCH (x)<-[:CLAIMED_BY|PAID_BY]-(:Project)-[:CLAIMED_BY|PAID_BY]->(y)-[ia4:IN_ALLIANCE WHERE ia4.until IS NULL]->(:Alliance)
  RETURN x, y
  UNION ALL
  UNWIND members AS x
  MATCH (x:Unit)<-[:CLAIMED_BY]-(:Project)-[:CLAIMS]->(:Need)-[:RAISED_BY]->()-[:PART_OF*0..1]->(y:Community)
        -[ia5:IN_ALLIANCE WHERE ia5.until IS NULL]->(:Alliance)
  RETURN x, y
  UNION ALL
  UNWIND members AS x
  MATCH (x:Unit)-[:REPRESENTED_ON]->(:PartyOrganization)<-[:REPRESENTED_ON]-(y:Unit)-[ia6:IN_ALLIANCE WHERE ia6.until IS NULL]->(:Alliance)
  RETURN x, y
  UNION ALL
  UNWIND members AS x
  MATCH (x:Unit)-[:REPRESENTED_ON]->(:PartyOrganization)-[:HOSTED_BY]->(y:Community)-[ia7:IN_ALLIANCE WHERE ia7.until IS NULL]->(:Alliance)
  RETURN x, y
  UNION ALL
  UNWIND members AS x
  MATCH (x:Unit)<-[:HOSTED_BY]-(:PartyOrganization)<-[:SUBORDINATE_TO*0..2]-(:PartyOrganization)
        -[:REPORTS_TO]->(y)-[ia8:IN_ALLIANCE WHERE ia8.until IS NULL]->(:Alliance)
  RETURN x, y
  UNION ALL
  UNWIND members AS x
  MATCH (x:Unit)-[:STATIONED_AT|LOCATED_IN]->(y)-[ia9:IN_ALLIANCE WHERE ia9.until IS NULL]->(:Alliance)
  RETURN x, y
}
WITH minClusterSize, members, x, y
WHERE x <> y
WITH minClusterSize, members, CASE WHEN x.id < y.id THEN x ELSE y END AS source,
     CASE WHEN x.id < y.id THEN y ELSE x END AS target
WITH minClusterSize, members, source, target, count(*) AS evidence
WITH minClusterSize, members, collect({source: source, target: target, evidence: evidence}) AS links
UNWIND links + [m IN members | {source: m, target: null, evidence: 0}] AS link
WITH minClusterSize, link.source AS source, link.target AS target, link.evidence AS evidence
WITH minClusterSize, gds.graph.project('orggraph-clusters-' + randomUUID(), source, target,
       {relationshipProperties: CASE WHEN target IS NULL THEN null ELSE {weight: toFloat(evidence)} END},
       {undirectedRelationshipTypes: ['*']}) AS g
CALL gds.louvain.stream(g.graphName, {relationshipWeightProperty: 'weight', concurrency: 1})
  YIELD nodeId, communityId
WITH minClusterSize, g.graphName AS graphName, collect({node: gds.util.asNode(nodeId), cluster: communityId}) AS rows
CALL gds.graph.drop(graphName, false) YIELD graphName AS dropped
UNWIND rows AS row
WITH minClusterSize, row.node AS n, row.cluster AS cluster
MATCH (n)-[ia10:IN_ALLIANCE WHERE ia10.until IS NULL]->(a:Alliance)
WITH minClusterSize, cluster, collect({n: n, a: a}) AS inCluster
WITH minClusterSize, cluster, inCluster, size(inCluster) AS clusterSize
WHERE clusterSize >= minClusterSize
UNWIND inCluster AS member
WITH cluster, clusterSize, inCluster, member.a AS alliance, count(*) AS membersOfAlliance
ORDER BY cluster, membersOfAlliance DESC, alliance.id
WITH cluster, clusterSize, inCluster, collect({a: alliance, n: membersOfAlliance}) AS shares
WITH cluster, clusterSize, inCluster, shares[0].a AS dominant, shares[0].n AS dominantMembers, shares
UNWIND inCluster AS member
WITH cluster, clusterSize, dominant, dominantMembers, shares, member.n AS u, member.a AS own
WHERE u:Unit AND own <> dominant
RETURN u.id AS unitId, u.name AS unit, own.id AS allianceId, own.name AS alliance, cluster, clusterSize,
       dominant.id AS dominantAllianceId, dominant.name AS dominantAlliance,
       round(toFloat(dominantMembers) / clusterSize, 2) AS dominantShare,
       [s IN shares WHERE s.a = own | s.n][0] AS ownAllianceInCluster
ORDER BY cluster, unitId;
