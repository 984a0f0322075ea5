// Bench, cookbook 6 (graphql/examples/06-three-lists.graphql) by hand: one alliance's links by projects and
// resources ($kinds), the $first strongest with their kind counts and first $evidenceFirst evidence items.
// Placeholders: linksWithin (bench/fragment-links-within), evidence (bench/fragment-evidence).
MATCH (a:Alliance {id: $allianceId})
CALL (a) {
  {{linksWithin}}
}
CALL (links) {
  UNWIND links[0..$first] AS link
  WITH link, link.source AS source, link.target AS m
  CALL (source, m) {
    {{evidence}}
  }
  RETURN collect({node: {source: {name: source.name}, target: {name: m.name}, kindCounts: link.kindCounts,
                         evidence: evidence}}) AS edges
}
RETURN {alliance: {name: a.name, crossUnitLinks: {totalCount: size(links), edges: edges}}} AS data
