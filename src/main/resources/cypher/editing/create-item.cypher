// raiseNeed, offerResource, claimNeed, recordActivity, recordSummons: a new node of a label of the model (the
// NodeLabel enum) with $properties; its relationships are made by link.cypher.
CREATE (n:{{label}} {id: $id})
SET n += $properties
RETURN elementId(n) AS element
