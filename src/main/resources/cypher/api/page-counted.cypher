// One page of a root list and its totalCount, in one statement (one transaction) when the query selects
// totalCount. Placeholders as in page.cypher; the list's MATCH … WHERE runs twice (the count, then the page):
// collecting every match once to count and slice it would hold a whole label in memory for an unfiltered list.
CALL () {
  {{match}}
  RETURN count(n) AS total
}
CALL () {
  {{match}}
  WITH n
  WHERE {{after}}
  WITH n
  ORDER BY {{order}}, n.id ASC
  LIMIT $limit
  RETURN collect({id: n.id, key: {{key}},
                  node: {labels: labels(n), properties: [k IN $allow[head(labels(n))] | [k, n[k]]]}}) AS page
}
RETURN total, page
