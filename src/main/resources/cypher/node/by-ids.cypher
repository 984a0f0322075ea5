// node(id:), nodes(ids:) and every typed lookup: the nodes of ONE label with the given ids.
// The placeholder is a label of the model taken from the NodeLabel enum. $allow: label → the properties that may
// leave the server (the read path's allowlist); nodes are projected with it, never with properties(n).
MATCH (n:{{label}})
WHERE n.id IN $ids
RETURN n.id AS id, {labels: labels(n), properties: [k IN $allow[head(labels(n))] | [k, n[k]]]} AS node
