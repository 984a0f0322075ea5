// Which of the changes $ids concern the area $areaId and the alliance $allianceId (each null when not asked), by
// their subjects (CHANGED) and where they went (INTO). In the area: the subject is the area or lies in it, or is
// hosted, located, living or working there, or is a member, need, resource, project or activity of something
// there (at most 4 such steps: a member -> party organization -> community -> street -> city). In the alliance: the
// subject is the alliance, or it (or what it belongs to, is hosted by, works at, was raised or offered by) is a
// member of the alliance, now or before (a change of leaving concerns the alliance it left).
UNWIND $ids AS id
MATCH (e:ChangeEvent {id: id})
WHERE ($areaId IS NULL OR EXISTS {
        MATCH (e)-[:CHANGED|INTO]->(s)
        MATCH (s)-[:LOCATED_IN|PART_OF|HOSTED_BY|MEMBER_OF|WORKS_AT|LIVES_IN|RAISED_BY|OFFERED_BY|LISTED_BY|CLAIMED_BY|ORGANIZED_BY|HELD_AT*0..4]->(a)
        WHERE a.id = $areaId })
  AND ($allianceId IS NULL OR EXISTS {
        MATCH (e)-[:CHANGED|INTO]->(s)
        MATCH (s)-[:MEMBER_OF|WORKS_AT|RAISED_BY|OFFERED_BY|CLAIMED_BY|ORGANIZED_BY|HELD_AT*0..1]->()-[:HOSTED_BY*0..1]->()-[:PART_OF*0..1]->(o)
        WHERE o.id = $allianceId OR EXISTS { MATCH (o)-[:IN_ALLIANCE]->(:Alliance {id: $allianceId}) } })
RETURN id
