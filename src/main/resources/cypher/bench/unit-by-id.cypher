// Bench, bench/unit-by-id.graphql by hand: one unit's id, name, kind and employees.
MATCH (n:Unit {id: $id})
RETURN {unit: {id: n.id, name: n.name, kind: n.kind, employees: n.employees}} AS data
