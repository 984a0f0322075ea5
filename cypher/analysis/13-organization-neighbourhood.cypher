// Question: what lies within a few steps of one organization along working relationships — its alliance and the
//   alliance's members, its party organizations and where they report, the activities, summons and projects
//   it shares and who else took part? Counted by kind, with a few names each (people are left out, so that a
//   large employer does not drown the picture).
// Needs: APOC core (apoc.path.subgraphNodes), as in OrgGraph's embedded database.
// Parameters (defaults apply when not given):
//   :param id => 'unit:0034'       // the id of the organization to start from
//   :param maxLevel => 2           // how many steps
// Result: one row per label found, most nodes first:
//   label, nodes, sample (up to 5 names)
WITH coalesce($id, 'unit:0034') AS startId, coalesce($maxLevel, 2) AS maxLevel
MATCH (start {id: startId})
CALL apoc.path.subgraphNodes(start, {
  relationshipFilter: 'IN_ALLIANCE|LED_BY|HOSTED_BY|SUBORDINATE_TO|REPORTS_TO|REPRESENTED_ON|ORGANIZED_BY|ANSWERED|CLAIMED_BY|PAID_BY|STATIONED_AT|FORMED_BY',
  labelFilter: '-Person',
  maxLevel: maxLevel
}) YIELD node
WITH node
WHERE node.id <> startId
RETURN labels(node)[0] AS label, count(*) AS nodes, collect(node.name)[0..5] AS sample
ORDER BY nodes DESC, label;
