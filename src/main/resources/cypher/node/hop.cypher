// One relationship field for a whole batch of source nodes (all `s` of a DataLoader dispatch): every target.
// The placeholders (source label, pattern, target labels, relationship filter, order) come from the field's
// @relationship directive (enums of labels, relationship types and fixed fragments); the ids are a parameter.
// $allow: the read path's allowlist of properties per label (targets are projected with it).
MATCH (s:{{from}})
WHERE s.id IN $ids
MATCH {{pattern}}
WHERE {{targets}}{{filter}}
WITH s, r, t
ORDER BY s.id, {{order}}, t.id
RETURN s.id AS source, {labels: labels(t), properties: [k IN $allow[head(labels(t))] | [k, t[k]]]} AS node,
       properties(r) AS rel
