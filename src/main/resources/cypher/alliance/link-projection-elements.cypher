// The link projection (see link-projection-refresh.cypher): the element ids of the nodes with the ids $ids and the
// label of the placeholder (one of the model's labels, from the code), for recomputing the links around what an
// import wrote (LinkProjection.refreshAroundIds).
UNWIND $ids AS id
MATCH (x:{{label}} {id: id})
RETURN elementId(x) AS element
