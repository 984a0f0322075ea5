// Bench, cookbook 10 (graphql/examples/10-neighborhood.graphql) by hand: the center and its direct neighbours of
// $labels in id order, up to $limit nodes counting the center (truncated when more were found), and the
// relationships between the kept nodes (by source id, type, target id; at most 4 per node); the link
// projection's LINKED relationships (derived from the others) left out, as the API does.
MATCH (center:Community {id: $id})
CALL (center) {
  MATCH (center)-[:!LINKED]-(n) WHERE n <> center AND any(l IN labels(n) WHERE l IN $labels)
  WITH DISTINCT n ORDER BY n.id
  RETURN collect(n) AS found
}
WITH [center] + found[0..$limit - 1] AS kept, size(found) > $limit - 1 AS truncated
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r:!LINKED]->(b) WHERE b IN kept
  WITH a, r, b ORDER BY a.id, type(r), b.id LIMIT $limit * 4
  RETURN collect({type: type(r), source: a.id, target: b.id}) AS edges
}
RETURN {neighborhood: {truncated: truncated,
  nodes: [n IN kept | {id: n.id, label: head([l IN labels(n) WHERE l <> 'Member']), name: n.name}],
  edges: edges}} AS data
