// Bench, cookbook 2 (graphql/examples/02-strongest-links.graphql) by hand: the $first strongest cross-unit links
// of one alliance with their kind counts and first $evidenceFirst evidence items.
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
  RETURN collect({node: {source: {id: source.id, name: source.name}, target: {id: m.id, name: m.name},
                         weight: link.weight, kindCounts: link.kindCounts, evidence: evidence}}) AS edges
}
RETURN {alliance: {name: a.name, crossUnitLinks: {totalCount: size(links), edges: edges}}} AS data
