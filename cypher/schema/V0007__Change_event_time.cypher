// The newest recorded change by the time it was written (ChangeEvent.at, set by every mutation), one index read:
// part of the dashboard's cursor of the recorded history (cypher/dashboard/history-cursor), which every poll reads.
CREATE RANGE INDEX change_event_at IF NOT EXISTS FOR (n:ChangeEvent) ON (n.at);
