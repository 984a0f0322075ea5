// One page of a relationship connection (e.g. a party organization's members) for a whole batch of source nodes,
// and each source's total only when $count (totalCount selected). Placeholders as in hop.cypher; <after> is the
// keyset condition (after $afterKey/$afterId; true on the first page), $limit the page size + 1.
MATCH (s:{{from}})
WHERE s.id IN $ids
CALL (s) {
  MATCH {{pattern}}
  WHERE {{targets}}{{filter}} AND {{after}}
  WITH r, t
  ORDER BY {{order}}, t.id
  LIMIT $limit
  RETURN collect({id: t.id, key: {{key}}, rel: properties(r),
                  node: {labels: labels(t), properties: [k IN $allow[head(labels(t))] | [k, t[k]]]}}) AS page
}
CALL (s) {
  MATCH {{pattern}}
  WHERE $count AND {{targets}}{{filter}}
  RETURN count(t) AS total
}
RETURN s.id AS source, page, total
