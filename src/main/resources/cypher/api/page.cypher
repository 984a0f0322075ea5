// One page of a root list. <match>: the list's own MATCH … WHERE (a .cypher file of its feature) binding `n`;
// <after>: the keyset condition (Keyset.after: after $afterKey/$afterId, true on the first page); <order>: a
// whitelisted sort property and direction, always followed by n.id so the order is total. $allow: the read path's
// allowlist of properties per label.
{{match}}
WITH n
WHERE {{after}}
WITH n
ORDER BY {{order}}, n.id ASC
LIMIT $limit
RETURN n.id AS id, {{key}} AS key, {labels: labels(n), properties: [k IN $allow[head(labels(n))] | [k, n[k]]]} AS node
