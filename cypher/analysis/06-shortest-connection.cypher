// Question: what is the shortest organizational connection between two organizations (units, party
//   organizations, communities, parks, alliances…)? It follows working relationships only — alliance
//   membership, party hierarchy and hosting, dual reporting, committee seats, joint activities, summons,
//   projects, stationed units and people (members, employees) — not the area hierarchy, which would connect
//   everything through the city.
// Parameters (defaults apply when not given):
//   :param from => 'unit:0001'      // the id of any node
//   :param to => 'community:20'     // the id of any node
//   :param maxHops => 12
// Result: one row per node on the path, from `from` to `to` (no rows when there is no connection):
//   step (0 = from), label, id, name, via (the relationship reached it from the previous node, with its direction)
WITH coalesce($from, 'unit:0001') AS fromId, coalesce($to, 'community:20') AS toId,
     coalesce($maxHops, 12) AS maxHops
MATCH (a {id: fromId}), (b {id: toId})
MATCH p = shortestPath((a)-[:IN_ALLIANCE|LED_BY|HOSTED_BY|SUBORDINATE_TO|REPORTS_TO|REPRESENTED_ON|MEMBER_OF|WORKS_AT
                          |ORGANIZED_BY|ANSWERED|CLAIMED_BY|PAID_BY|STATIONED_AT|FORMED_BY|MEMBER_OF_TEAM*..30]-(b))
WHERE length(p) <= maxHops
WITH nodes(p) AS ns, relationships(p) AS rs
UNWIND range(0, size(ns) - 1) AS step
WITH step, ns[step] AS n, CASE WHEN step = 0 THEN null ELSE rs[step - 1] END AS r,
     CASE WHEN step = 0 THEN null ELSE ns[step - 1] END AS previous
RETURN step, labels(n)[0] AS label, n.id AS id, n.name AS name,
       CASE WHEN r IS NULL THEN null
            WHEN startNode(r) = previous THEN '-[:' + type(r) + ']->'
            ELSE '<-[:' + type(r) + ']-' END AS via
ORDER BY step;
