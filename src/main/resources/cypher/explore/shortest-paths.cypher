// Query.shortestPaths: all shortest paths between two nodes, ignoring direction.
// <fromLabel> / <toLabel>: the labels the ids name (from the NodeLabel enum, by id prefix);
// <types>: empty or ':TYPE_A|TYPE_B' (RelType enum names); <maxHops>: a validated integer 1..6.
// $labels: null, or the labels every node strictly between the two ends must carry one of.
// $allow: the read path's allowlist (nodes leave only with these properties).
MATCH (s:{{fromLabel}} {id: $from})
MATCH (t:{{toLabel}} {id: $to})
OPTIONAL MATCH p = ALL SHORTEST (s) (()-[{{types}}]-(x) WHERE x = t OR $labels IS NULL OR any(l IN labels(x) WHERE l IN $labels)){1,{{maxHops}}} (t)
WITH s, t, p
ORDER BY [n IN nodes(p) | n.id]
WITH s, t, [path IN collect(p) WHERE path IS NOT NULL] AS paths
RETURN s.id AS fromId, t.id AS toId, size(paths) AS count,
       CASE WHEN size(paths) = 0 THEN null ELSE length(paths[0]) END AS hops,
       [path IN paths[0..$first] | {
          nodes: [n IN nodes(path) | {labels: labels(n), properties: [k IN $allow[head(labels(n))] | [k, n[k]]]}],
          relationships: [r IN relationships(path) | {
             type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}]
       }] AS paths
