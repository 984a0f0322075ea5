// Whether a committed change waits for its number in the live change feed (a ChangeEvent without `seq`): read
// first, so that an idle feed writes nothing.
MATCH (e:ChangeEvent)
WHERE e.seq IS NULL
RETURN e.id AS id
LIMIT 1
