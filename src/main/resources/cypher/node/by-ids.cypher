// node(id:), nodes(ids:) and every typed lookup: the nodes of ONE label with the given ids.
// The placeholder is a label of the model taken from the NodeLabel enum.
MATCH (n:{{label}})
WHERE n.id IN $ids
RETURN n {.*} AS node, labels(n) AS labels
