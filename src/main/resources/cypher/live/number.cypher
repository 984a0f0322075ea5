// Numbers up to $batch committed changes that have no number yet, after $last (the feed's last number, read under
// its lock by live/lock), oldest first, and moves the feed's last number past them. Answers the new last number.
MATCH (e:ChangeEvent)
WHERE e.seq IS NULL
WITH e
ORDER BY e.at, e.id
LIMIT $batch
WITH collect(e) AS events
CALL (events) {
  UNWIND range(0, size(events) - 1) AS i
  WITH events[i] AS e, i
  SET e.seq = $last + i + 1
}
MATCH (f:ChangeFeed {id: 'changes'})
SET f.seq = $last + size(events)
RETURN f.seq AS last
