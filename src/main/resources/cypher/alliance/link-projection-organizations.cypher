// The link projection (see link-projection-refresh.cypher): the element ids of every organization that can have
// links, in id order, for computing the whole projection in batches.
MATCH (m)
WHERE m:Community OR m:IndustrialPark OR m:Unit
RETURN elementId(m) AS element
ORDER BY m.id
