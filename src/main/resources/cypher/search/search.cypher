// Query.search, every search field of a request in one statement: the `names` full-text index (cjk analyzer
// over name, pinyin, initials) once per item of $searches ({query, types, first}). query is a Lucene query built
// by the server from the user's words (escaped, fields name/pinyin/initials); types null or the labels to keep;
// first the number of hits. $allow: the read path's allowlist. The collect has no grouping key, so a
// search without hits still answers its (empty) row. Equal scores: places and organizations before
// people, shorter names first. LIMIT cannot take a per-row value, so the sorted hits (at most $scan) are sliced.
UNWIND range(0, size($searches) - 1) AS i
CALL (i) {
  WITH $searches[i] AS search
  CALL db.index.fulltext.queryNodes('names', search.query, {limit: $scan}) YIELD node, score
  WITH search, node, score
  WHERE search.types IS NULL OR any(l IN labels(node) WHERE l IN search.types)
  WITH search, node, score
  ORDER BY score DESC, CASE WHEN node:Person THEN 1 ELSE 0 END, size(node.name), node.id
  WITH collect({score: score,
                node: {labels: labels(node), properties: [k IN $allow[head(labels(node))] | [k, node[k]]]}}) AS hits
  RETURN hits[0..$searches[i].first] AS hits
}
RETURN i, hits
