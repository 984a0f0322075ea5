// The dashboard's cursor of the recorded history: how many changes were ever recorded (the ChangeEvents of
// mutations and the IMPORTED ones of imports alike; from the count store, one db hit however long the history) and
// when the newest mutation's was written (the index on ChangeEvent.at read backwards, one entry). Every write
// records its change in its own transaction, so the cursor moves with each committed write, whichever app
// instance made it; the time keeps it moving should changes ever be deleted (tests clean up theirs) and others
// recorded after them.
CALL () {
  MATCH (e:ChangeEvent)
  RETURN count(e) AS changes
}
CALL () {
  OPTIONAL MATCH (e:ChangeEvent)
  WHERE e.at IS NOT NULL
  WITH e.at AS at
  ORDER BY at DESC
  LIMIT 1
  RETURN toString(at) AS newest
}
RETURN changes, newest
