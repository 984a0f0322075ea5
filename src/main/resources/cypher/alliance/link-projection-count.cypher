// The link projection (see link-projection-refresh.cypher): how many LINKED relationships the graph holds; none
// means it was never computed on this graph (a data directory from before the projection).
MATCH ()-[l:LINKED]->()
RETURN count(l) AS links
