// PartyOrganization.level as of a day: the level each party organization of $ids had on $asOf, read from its
// recorded level changes (ChangeEvents with fromLevel, from changePartyOrganizationLevel or the reference data's
// history): the level it had before the first change after that day, or today's level when none came after.
UNWIND $ids AS id
MATCH (o:PartyOrganization {id: id})
RETURN id, coalesce(head(COLLECT {
  MATCH (e:ChangeEvent)-[:CHANGED]->(o)
  WHERE e.fromLevel IS NOT NULL AND e.date > $asOf
  RETURN e.fromLevel ORDER BY e.date, e.at, e.id
}), o.level) AS level
