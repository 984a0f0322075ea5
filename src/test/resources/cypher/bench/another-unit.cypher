// Test only (BenchRunnerTest): the answer of bench/unit-by-id.graphql for another unit, $id, so that the answers
// differ.
MATCH (n:Unit {id: $id})
RETURN {unit: {id: n.id, name: n.name, kind: n.kind, employees: n.employees}} AS data
