// Query.neighborhood: breadth first from the center, level by level (at most 3 levels, each taken only when
// $depth reaches it), each level's new nodes in id order, until $limit nodes (counting the center) are kept;
// then the relationships between kept nodes. <label>: the center's label (from the NodeLabel enum, by id prefix).
// Every relationship but the link projection's LINKED (derived from the others, alliance/link-projection-refresh).
// Each level keeps at most $limit + 1 new nodes (a top-N: memory bounded whatever the degrees; one more than fits
// says the answer is truncated), so a level behind a hub (a street, the city) does not collect every node it reaches.
// $labels: null, or the labels a node must carry one of to be kept (and walked through).
// $allow: the read path's allowlist (nodes leave only with these properties).
// $asOf: null (every relationship, ended ones too), or a date: only relationships in force that day are walked and
// returned (since on or before it, until after it; one without since/until counts as always there).
MATCH (center:{{label}} {id: $id})
WITH center, [center] AS seen, [center] AS frontier, false AS truncated
CALL (seen, frontier) {
  WITH seen, frontier WHERE $depth >= 1
  UNWIND frontier AS f
  MATCH (f)-[r:!LINKED]-(n)
  WHERE NOT n IN seen
    AND ($asOf IS NULL OR (coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true)))
    AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
  WITH DISTINCT n ORDER BY n.id LIMIT $limit + 1
  RETURN collect(n) AS found
}
WITH center, seen + found[0..($limit - size(seen))] AS seen, found[0..($limit - size(seen))] AS frontier,
     truncated OR size(found) > $limit - size(seen) AS truncated
CALL (seen, frontier) {
  WITH seen, frontier WHERE $depth >= 2
  UNWIND frontier AS f
  MATCH (f)-[r:!LINKED]-(n)
  WHERE NOT n IN seen
    AND ($asOf IS NULL OR (coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true)))
    AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
  WITH DISTINCT n ORDER BY n.id LIMIT $limit + 1
  RETURN collect(n) AS found
}
WITH center, seen + found[0..($limit - size(seen))] AS seen, found[0..($limit - size(seen))] AS frontier,
     truncated OR size(found) > $limit - size(seen) AS truncated
CALL (seen, frontier) {
  WITH seen, frontier WHERE $depth >= 3
  UNWIND frontier AS f
  MATCH (f)-[r:!LINKED]-(n)
  WHERE NOT n IN seen
    AND ($asOf IS NULL OR (coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true)))
    AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
  WITH DISTINCT n ORDER BY n.id LIMIT $limit + 1
  RETURN collect(n) AS found
}
WITH seen + found[0..($limit - size(seen))] AS seen, truncated OR size(found) > $limit - size(seen) AS truncated
CALL (seen) {
  UNWIND seen AS a
  MATCH (a)-[r:!LINKED]->(b)
  WHERE b IN seen AND ($asOf IS NULL OR (coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true)))
  WITH a, r, b ORDER BY a.id, type(r), b.id
  LIMIT $edgeLimit
  RETURN collect({type: type(r), source: a.id, target: b.id, properties: properties(r)}) AS edges
}
RETURN [n IN seen | {labels: labels(n), properties: [k IN $allow[head(labels(n))] | [k, n[k]]]}] AS nodes, edges,
       truncated
