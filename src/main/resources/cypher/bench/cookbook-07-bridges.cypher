// Bench, cookbook 7 (graphql/examples/07-bridges.graphql) by hand: the links from current members of one
// alliance to current members of other alliances, strongest first (then source and target id), $first of them
// with the other alliance's name and the kinds of evidence (in $kindOrder).
// Read from the link projection (the LINKED relationships, alliance/link-projection-refresh.cypher) like the API.
MATCH (a:Alliance {id: $allianceId})
CALL (a) {
  MATCH (a)<-[ma:IN_ALLIANCE]-(m) WHERE ma.until IS NULL
  MATCH (m)-[l:LINKED]-(o)-[ob:IN_ALLIANCE]->(b:Alliance) WHERE ob.until IS NULL AND b <> a
  WITH m, o, b, [kind IN $kindOrder WHERE l[kind] IS NOT NULL] AS kinds, l.weight AS weight
  ORDER BY weight DESC, m.id, o.id
  RETURN collect({node: {source: {name: m.name}, target: {name: o.name}, otherAlliance: {name: b.name},
                         weight: weight, kinds: kinds}}) AS links
}
RETURN {alliance: {name: a.name, bridges: {totalCount: size(links), edges: links[0..$first]}}} AS data
