// The link projection (see link-projection-refresh.cypher): the first statement of computing the whole of it. Of two
// app instances starting over one database, the second waits here (the ReferenceDataLoad id is unique, V0008) until
// the first has committed, then finds the projection computed; link-projection-unlock.cypher deletes the node in
// the same transaction, so it is never committed.
MERGE (lock:ReferenceDataLoad {id: 'link-projection'})
RETURN count(lock) AS held
