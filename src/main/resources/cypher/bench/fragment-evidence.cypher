// Bench fragment (placeholder evidence, inside CALL (source, m) { … }, m the link's target): the link's first
// $evidenceFirst evidence items of $kinds as `evidence`, kinds taking turns (the first of each kind in $kindOrder,
// then the second, ...), one path per witness, each described from source to target: captions (name, else id)
// joined by -TYPE-> or <-TYPE- as the relationship points.
CALL (m) {
  {{memberLinks}}
}
WITH o, kind, witness, path WHERE o = source AND kind IN $kinds
WITH kind, witness, head(collect(path)) AS path
ORDER BY kind, witness
WITH kind, collect(path)[0..$evidenceFirst] AS paths
UNWIND range(0, size(paths) - 1) AS turn
WITH kind, turn, reverse(nodes(paths[turn])) AS nodes, reverse(relationships(paths[turn])) AS rels
ORDER BY turn, [i IN range(0, size($kindOrder) - 1) WHERE $kindOrder[i] = kind][0]
RETURN collect({kind: kind, description: reduce(text = coalesce(nodes[0].name, nodes[0].id),
    i IN range(0, size(rels) - 1) | text
      + CASE WHEN startNode(rels[i]) = nodes[i] THEN ' -' + type(rels[i]) + '-> ' ELSE ' <-' + type(rels[i]) + '- ' END
      + coalesce(nodes[i + 1].name, nodes[i + 1].id))})[0..$evidenceFirst] AS evidence
