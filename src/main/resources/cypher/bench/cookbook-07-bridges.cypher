// Bench, cookbook 7 (graphql/examples/07-bridges.graphql) by hand: the links from current members of one
// alliance to current members of other alliances, strongest first (then source and target id), $first of them
// with the other alliance's name and the kinds of evidence (in $kindOrder).
// The memberLinks placeholder is alliance/member-link-patterns.cypher: the evidence paths from a bound member m.
MATCH (a:Alliance {id: $allianceId})
CALL (a) {
  MATCH (a)<-[ma:IN_ALLIANCE]-(m) WHERE ma.until IS NULL
  CALL (m) {
    {{memberLinks}}
  }
  WITH a, m, o, kind, witness
  MATCH (o)-[ob:IN_ALLIANCE]->(b:Alliance) WHERE ob.until IS NULL AND b <> a
  WITH m, o, b, kind, count(DISTINCT witness) AS count
  ORDER BY [i IN range(0, size($kindOrder) - 1) WHERE $kindOrder[i] = kind][0]
  WITH m, o, b, collect(kind) AS kinds, sum(count) AS weight
  ORDER BY weight DESC, m.id, o.id
  RETURN collect({node: {source: {name: m.name}, target: {name: o.name}, otherAlliance: {name: b.name},
                         weight: weight, kinds: kinds}}) AS links
}
RETURN {alliance: {name: a.name, bridges: {totalCount: size(links), edges: links[0..$first]}}} AS data
