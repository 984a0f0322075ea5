// The numbered changes after the cursor $after, in feed order, at most $first: number, id and type (the
// ChangeEvents themselves are then read by node/by-ids, through the read path).
MATCH (e:ChangeEvent)
WHERE e.seq > $after
RETURN e.seq AS seq, e.id AS id, e.type AS type
ORDER BY e.seq
LIMIT $first
