// Bench, bench/units-filtered.graphql by hand: the units of $kinds that are current members of an alliance, the
// first $first by name (its pinyin, then id), with where they are located, and how many there are.
MATCH (n:Unit)-[r:IN_ALLIANCE]->(:Alliance {id: $allianceId})
WHERE r.until IS NULL AND n.kind IN $kinds AND n.retired IS NULL
WITH n ORDER BY n.pinyin, n.id
WITH collect(n) AS units
CALL (units) {
  UNWIND units[0..$first] AS n
  OPTIONAL MATCH (n)-[:LOCATED_IN]->(place)
  RETURN collect({node: {id: n.id, name: n.name, kind: n.kind, employees: n.employees,
                         locatedIn: CASE WHEN place IS NULL THEN null ELSE {id: place.id} END}}) AS edges
}
RETURN {units: {totalCount: size(units), edges: edges}} AS data
