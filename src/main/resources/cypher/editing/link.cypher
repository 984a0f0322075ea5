// Relationships of one type (from the RelType enum) from every node of $sources to every node of $targets (element
// ids of nodes the mutation locked or created), with $properties.
UNWIND $sources AS source
MATCH (s)
WHERE elementId(s) = source
UNWIND $targets AS target
MATCH (t)
WHERE elementId(t) = target
CREATE (s)-[r:{{type}}]->(t)
SET r += $properties
