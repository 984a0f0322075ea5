// The link projection: the last statement of computing the whole of it, deleting the node link-projection-lock.cypher
// merged, so that it is never committed.
MATCH (lock:ReferenceDataLoad {id: 'link-projection'})
DELETE lock
RETURN count(lock) AS released
