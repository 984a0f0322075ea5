// Bench, cookbook 9 (graphql/examples/09-shortest-path.graphql) by hand: all shortest paths (any direction, at
// most 4 hops) between a unit and a compound, in the order of their nodes' ids, the first $first of them with
// their nodes (id, main label, name) and relationships (type, ends' ids); truncated when there are more. Not
// through the link projection's LINKED relationships (derived from the others), as the API.
MATCH (s:Unit {id: $from}), (t:ResidentialCompound {id: $to})
OPTIONAL MATCH p = ALL SHORTEST (s) (()-[:!LINKED]-()){1,4} (t)
WITH p ORDER BY [n IN nodes(p) | n.id]
WITH [path IN collect(p) WHERE path IS NOT NULL] AS paths
RETURN {shortestPaths: {
  hops: CASE WHEN size(paths) = 0 THEN null ELSE length(paths[0]) END,
  truncated: size(paths) > $first,
  paths: [path IN paths[0..$first] | {length: length(path),
    nodes: [n IN nodes(path) | {id: n.id, label: head([l IN labels(n) WHERE l <> 'Member']), name: n.name}],
    relationships: [r IN relationships(path) | {type: type(r), source: startNode(r).id, target: endNode(r).id}]}]
}} AS data
