// Bench, cookbook 8 (graphql/examples/08-search.graphql) by hand: three searches of the `names` full-text index
// ($chinese, $pinyin among $pinyinTypes, $initials: Lucene queries as the server writes them), the best hits
// first (equal scores: places and organizations before people, shorter names first), with score, main label
// (not Member) and name; the initials hit also with its id.
CALL (*) {
  CALL db.index.fulltext.queryNodes('names', $chinese, {limit: $scan}) YIELD node, score
  WITH node, score ORDER BY score DESC, CASE WHEN node:Person THEN 1 ELSE 0 END, size(node.name), node.id LIMIT 3
  RETURN collect({score: score, label: head([l IN labels(node) WHERE l <> 'Member']), name: node.name}) AS byChinese
}
CALL (*) {
  CALL db.index.fulltext.queryNodes('names', $pinyin, {limit: $scan}) YIELD node, score
  WITH node, score WHERE any(l IN labels(node) WHERE l IN $pinyinTypes)
  WITH node, score ORDER BY score DESC, CASE WHEN node:Person THEN 1 ELSE 0 END, size(node.name), node.id LIMIT 3
  RETURN collect({score: score, label: head([l IN labels(node) WHERE l <> 'Member']), name: node.name}) AS byPinyin
}
CALL (*) {
  CALL db.index.fulltext.queryNodes('names', $initials, {limit: $scan}) YIELD node, score
  WITH node, score ORDER BY score DESC, CASE WHEN node:Person THEN 1 ELSE 0 END, size(node.name), node.id LIMIT 1
  RETURN collect({score: score, label: head([l IN labels(node) WHERE l <> 'Member']), name: node.name,
                  node: {id: node.id}}) AS byInitials
}
RETURN {byChinese: byChinese, byPinyin: byPinyin, byInitials: byInitials} AS data
