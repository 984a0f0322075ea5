// Bench, bench/cross-unit-links.graphql by hand: one alliance's $first strongest cross-unit links with their kind
// counts. Placeholder: linksWithin (bench/fragment-links-within).
MATCH (a:Alliance {id: $allianceId})
CALL (a) {
  {{linksWithin}}
}
RETURN {alliance: {crossUnitLinks: {totalCount: size(links), edges: [link IN links[0..$first] | {node: {
  source: {id: link.source.id, name: link.source.name}, target: {id: link.target.id, name: link.target.name},
  weight: link.weight, kindCounts: link.kindCounts}}]}}} AS data
