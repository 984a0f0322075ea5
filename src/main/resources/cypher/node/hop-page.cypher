// One page of a relationship connection (e.g. a party organization's members) for a whole batch of source nodes,
// with each source's total. Placeholders as in hop.cypher; $skip and $limit are the page window.
MATCH (s:{{from}})
WHERE s.id IN $ids
CALL {
  WITH s
  MATCH {{pattern}}
  WHERE {{targets}}{{filter}}
  WITH r, t
  ORDER BY {{order}}, t.id
  SKIP $skip LIMIT $limit
  RETURN collect({node: t {.*}, labels: labels(t), rel: properties(r)}) AS page
}
CALL {
  WITH s
  MATCH {{pattern}}
  WHERE {{targets}}{{filter}}
  RETURN count(t) AS total
}
RETURN s.id AS source, page, total
