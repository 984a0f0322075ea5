// Query.search: the `names` full-text index (cjk analyzer over name, pinyin, initials).
// $query is a Lucene query built by the server from the user's words (escaped, fields name/pinyin/initials);
// $types: null or the labels to keep; $allow: the read path's allowlist. Equal scores: places and organizations before people, shorter names first.
CALL db.index.fulltext.queryNodes('names', $query, {limit: $scan}) YIELD node, score
WHERE $types IS NULL OR any(l IN labels(node) WHERE l IN $types)
WITH node, score
ORDER BY score DESC, CASE WHEN node:Person THEN 1 ELSE 0 END, size(node.name), node.id
LIMIT $first
RETURN {labels: labels(node), properties: [k IN $allow[head(labels(node))] | [k, node[k]]]} AS node, score
