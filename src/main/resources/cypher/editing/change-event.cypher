// Records one change (ChangeEvent) of a mutation, in the mutation's transaction: who ($actor), when (at: the real time
// the change was written, after the locks were taken, so events of one node are in the order their changes ran; and
// $date: the day the change took effect), what ($type, $description), the state before and after (JSON strings),
// the nodes it changed ($subjects: element ids, CHANGED) and where a subject went ($into: element id or null, INTO).
CREATE (e:ChangeEvent {id: $id, type: $type, date: $date, at: datetime.realtime(), actor: $actor,
                       description: $description, before: $before, after: $after,
                       fromLevel: $fromLevel, toLevel: $toLevel, reason: $reason})
WITH e
CALL (e) {
  MATCH (s) WHERE elementId(s) IN $subjects
  CREATE (e)-[:CHANGED]->(s)
}
CALL (e) {
  MATCH (t) WHERE elementId(t) = $into
  CREATE (e)-[:INTO]->(t)
}
RETURN e.id AS id
