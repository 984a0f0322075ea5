// Question: which units hold an alliance together? Degree (how many partners), betweenness (how often a unit
//   lies on the shortest way between two others) and PageRank (links from well-linked partners count more) of
//   the units inside one alliance, on the network of its own members (units, communities, parks). Two members
//   are linked, with one unit of weight per piece of evidence, when they organized an activity together,
//   answered the same summons, worked on the same project (claimed / paid / for a need the community raised),
//   sit on the same committee, or a unit reports to, is stationed at, or sits in a park or community of it.
// Needs: Graph Data Science (gds.*), as in OrgGraph's embedded database. The projection gets a unique name and
//   is dropped at the end, so the file can run repeatedly and concurrently.
// Parameters (defaults apply when not given):
//   :param alliance => 'alliance:01'
// Result: one row per unit of the alliance, most central (PageRank) first:
//   unitId, unit, kind, degree (partners), weightedDegree (evidence), betweenness, pageRank, pageRankRank
WITH coalesce($alliance, 'alliance:01') AS allianceId
MATCH (a:Alliance {id: allianceId})<-[ia1:IN_ALLIANCE WHERE ia1.until IS NULL]-(x)
WITH a, collect(x) AS members
CALL (a, members) {
  UNWIND members AS x
  MATCH (x)<-[:ORGANIZED_BY]-(:Activity)-[:ORGANIZED_BY]->(y)-[ia2:IN_ALLIANCE WHERE ia2.until IS NULL]->(a)
  RETURN x, y
  UNION ALL
  UNWIND members AS x
  MATCH (x)-[:ANSWERED]->(:Summons)<-[:ANSWERED]-(y)-[ia3:IN_ALLIANCE WHERE ia3.until IS NULL]->(a)
  RETURN x, y
  UNION ALL
  UNWIND members AS x
  MATCH (x)<-[:CLAIMED_BY|PAID_BY]-(:Project)-[:CLAIMED_BY|PAID_BY]->(y)-[ia4:IN_ALLIANCE WHERE ia4.until IS NULL]->(a)
  RETURN x, y
  UNION ALL
  UNWIND members AS x
  MATCH (x:Unit)<-[:CLAIMED_BY]-(:Project)-[:CLAIMS]->(:Need)-[:RAISED_BY]->()-[:PART_OF*0..1]->(y:Community)
        -[ia5:IN_ALLIANCE WHERE ia5.until IS NULL]->(a)
  RETURN x, y
  UNION ALL
  UNWIND members AS x
  MATCH (x:Unit)-[:REPRESENTED_ON]->(:PartyOrganization)<-[:REPRESENTED_ON]-(y:Unit)-[ia6:IN_ALLIANCE WHERE ia6.until IS NULL]->(a)
  RETURN x, y
  UNION ALL
  UNWIND members AS x
  MATCH (x:Unit)-[:REPRESENTED_ON]->(:PartyOrganization)-[:HOSTED_BY]->(y:Community)-[ia7:IN_ALLIANCE WHERE ia7.until IS NULL]->(a)
  RETURN x, y
  UNION ALL
  UNWIND members AS x
  MATCH (x:Unit)<-[:HOSTED_BY]-(:PartyOrganization)<-[:SUBORDINATE_TO*0..2]-(:PartyOrganization)
        -[:REPORTS_TO]->(y)-[ia8:IN_ALLIANCE WHERE ia8.until IS NULL]->(a)
  RETURN x, y
  UNION ALL
  UNWIND members AS x
  MATCH (x:Unit)-[:STATIONED_AT|LOCATED_IN]->(y)-[ia9:IN_ALLIANCE WHERE ia9.until IS NULL]->(a)
  RETURN x, y
}
WITH a, members, x, y
WHERE x <> y
// one undirected link per pair, weighted by its evidence
WITH a, members, CASE WHEN x.id < y.id THEN x ELSE y END AS source, CASE WHEN x.id < y.id THEN y ELSE x END AS target
WITH a, members, source, target, count(*) AS evidence
WITH a, members, collect({source: source, target: target, evidence: evidence}) AS links
UNWIND links + [m IN members | {source: m, target: null, evidence: 0}] AS link
WITH a, link.source AS source, link.target AS target, link.evidence AS evidence
WITH a, gds.graph.project('orggraph-centrality-' + randomUUID(), source, target,
       {relationshipProperties: CASE WHEN target IS NULL THEN null ELSE {weight: toFloat(evidence)} END},
       {undirectedRelationshipTypes: ['*']}) AS g
CALL gds.degree.mutate(g.graphName, {mutateProperty: 'degree'}) YIELD nodePropertiesWritten AS d1
CALL gds.degree.mutate(g.graphName, {mutateProperty: 'weightedDegree', relationshipWeightProperty: 'weight'})
  YIELD nodePropertiesWritten AS d2
CALL gds.betweenness.mutate(g.graphName, {mutateProperty: 'betweenness'}) YIELD nodePropertiesWritten AS b
CALL gds.pageRank.mutate(g.graphName, {mutateProperty: 'pageRank', relationshipWeightProperty: 'weight'})
  YIELD nodePropertiesWritten AS p
CALL gds.graph.nodeProperties.stream(g.graphName, ['degree', 'weightedDegree', 'betweenness', 'pageRank'])
  YIELD nodeId, nodeProperty, propertyValue
WITH g.graphName AS graphName, nodeId, collect([nodeProperty, propertyValue]) AS pairs
WITH graphName, nodeId, {degree: [p IN pairs WHERE p[0] = 'degree'][0][1],
                         weightedDegree: [p IN pairs WHERE p[0] = 'weightedDegree'][0][1],
                         betweenness: [p IN pairs WHERE p[0] = 'betweenness'][0][1],
                         pageRank: [p IN pairs WHERE p[0] = 'pageRank'][0][1]} AS scores
WITH graphName, collect({node: gds.util.asNode(nodeId), scores: scores}) AS rows
CALL gds.graph.drop(graphName, false) YIELD graphName AS dropped
UNWIND rows AS row
WITH row.node AS u, row.scores AS s
WHERE u:Unit
WITH u, s ORDER BY s.pageRank DESC, u.id
WITH collect({u: u, s: s}) AS ranked
UNWIND range(0, size(ranked) - 1) AS i
WITH ranked[i].u AS u, ranked[i].s AS s, i + 1 AS pageRankRank
RETURN u.id AS unitId, u.name AS unit, u.kind AS kind, toInteger(s.degree) AS degree,
       toInteger(s.weightedDegree) AS weightedDegree, round(s.betweenness, 2) AS betweenness,
       round(s.pageRank, 4) AS pageRank, pageRankRank
ORDER BY pageRankRank;
