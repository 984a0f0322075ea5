// One relationship field for a whole batch of source nodes (all `s` of a DataLoader dispatch): every target.
// The placeholders (source label, pattern, target labels, relationship filter, order) come from a Hop (enums of labels, relationship types
// and fixed fragments); the ids are a parameter.
MATCH (s:{{from}})
WHERE s.id IN $ids
MATCH {{pattern}}
WHERE {{targets}}{{filter}}
WITH s, r, t
ORDER BY s.id, {{order}}, t.id
RETURN s.id AS source, t {.*} AS node, labels(t) AS labels, properties(r) AS rel
