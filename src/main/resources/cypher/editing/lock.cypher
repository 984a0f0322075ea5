// The first statement of every mutation, once per node it reads or changes, in id order: takes the node's write
// lock (a property set and removed again: nothing changes) so that concurrent mutations of the same node run one
// after the other, and tells whether the node exists. The label comes from the NodeLabel enum (the id's prefix).
MATCH (n:{{label}} {id: $id})
SET n._lock = true
REMOVE n._lock
RETURN elementId(n) AS element, labels(n) AS labels
