// Whether a dashboard kept as of the day $asOf still holds: the changes recorded after $newest (the newest change's
// time when it was computed, as dashboard/history-cursor returns it, or null when no change had a time then; found
// from the index on ChangeEvent.at, only the new ones) and how many of them concern that day (dated on or before it, or without a date). The caller compares
// `recorded` with how far the cursor's count moved: an import's change (it has no `at`), one committed out of
// order or a deleted one make them differ.
MATCH (e:ChangeEvent)
WHERE e.at > coalesce(datetime($newest), datetime('0001-01-01T00:00:00Z'))
RETURN count(e) AS recorded, count(CASE WHEN e.date IS NULL OR e.date <= $asOf THEN e END) AS concerning
