// Bench, cookbook 5 (graphql/examples/05-summons-answered.graphql) by hand: one alliance's links of the $kinds
// (summonses answered), the $first strongest with the description of their first evidence item.
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
  RETURN collect({node: {source: {name: source.name}, target: {name: m.name}, weight: link.weight,
                         evidence: [e IN evidence | {description: e.description}]}}) AS edges
}
RETURN {alliance: {name: a.name, crossUnitLinks: {totalCount: size(links), edges: edges}}} AS data
