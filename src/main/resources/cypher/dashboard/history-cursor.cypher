// The dashboard's cursor of the recorded history: how many changes were ever recorded, the ChangeEvents of
// mutations and the IMPORTED ones of imports alike. The history only grows (no statement deletes a ChangeEvent and
// every write records one in its transaction), so the number moves with every committed write, whichever app
// instance made it. Answered from the count store (one db hit), however long the history.
MATCH (e:ChangeEvent)
RETURN count(e) AS changes
