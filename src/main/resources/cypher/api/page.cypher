// One page of a root list. The first placeholder is the list's own MATCH … WHERE (a .cypher file of its feature)
// binding `n`; the second a whitelisted sort property and direction, always followed by n.id so the order is total.
{{match}}
WITH n
ORDER BY {{order}}, n.id ASC
SKIP $skip LIMIT $limit
RETURN n {.*} AS node, labels(n) AS labels
