// Bench, cookbook 3 (graphql/examples/03-links-in-every-alliance.graphql) by hand: for every alliance (by id),
// its number of linked member pairs and its strongest link with the kinds of its evidence.
// Placeholder: linksWithin (bench/fragment-links-within).
MATCH (a:Alliance)
WITH a ORDER BY a.id LIMIT $alliances
CALL (a) {
  {{linksWithin}}
}
RETURN {alliances: {edges: collect({node: {name: a.name, crossUnitLinks: {totalCount: size(links),
    edges: [link IN links[0..$first] | {node: {source: {name: link.source.name}, target: {name: link.target.name},
                                               weight: link.weight, kinds: link.kinds}}]}}})}} AS data
