// Bench fragment (placeholder linksWithin, inside CALL (a) { … }): the cross-unit links of alliance `a` as `links`,
// strongest first: both ends current members, each pair once (source id < target id), only evidence of $kinds,
// weight = distinct witnesses, kind counts in $kindOrder.
MATCH (a)<-[ma:IN_ALLIANCE]-(m) WHERE ma.until IS NULL
CALL (m) {
  {{memberLinks}}
}
WITH m, o, kind, witness WHERE kind IN $kinds
MATCH (o)-[ob:IN_ALLIANCE]->(a) WHERE ob.until IS NULL AND m.id < o.id
WITH m, o, kind, count(DISTINCT witness) AS count
ORDER BY [i IN range(0, size($kindOrder) - 1) WHERE $kindOrder[i] = kind][0]
WITH m, o, collect({kind: kind, count: count}) AS kindCounts, sum(count) AS weight
ORDER BY weight DESC, m.id, o.id
RETURN collect({source: m, target: o, weight: weight, kindCounts: kindCounts,
                kinds: [c IN kindCounts | c.kind]}) AS links
