// The link projection, kept in the graph: for every two organizations (communities, industrial parks, units) with
// evidence between them, ONE relationship (source)-[:LINKED]->(target), source.id < target.id, holding the number
// of distinct witnesses per kind (properties SHARED_PERSON, DUAL_REPORTING, PROJECT_FOR_NEED, RESOURCE_USED,
// JOINT_ACTIVITY, SUMMONS_ANSWERED; absent when 0) and their sum (weight). It is about the organizations, not their
// alliances: joining or leaving an alliance changes which links an alliance sees, not the projection.
// Alliance.crossUnitLinks, bridges and isolatedMembers rank and page it (linked-organizations.cypher); the walk it is
// computed by is member-link-patterns.cypher (the placeholder memberLinks), the same walk organization-links.cypher
// still runs for the evidence of a page and is checked against (LinkProjectionTest).
//
// This statement recomputes the links of the organizations $elements (element ids) from their walk, after
// link-projection-clear.cypher removed them, in the transaction of the write that changed their evidence
// (alliance/LinkProjection): every kind of evidence is written from both ends, so one end's walk finds the link.
UNWIND $elements AS element
MATCH (m)
WHERE elementId(m) = element AND (m:Community OR m:IndustrialPark OR m:Unit)
CALL (m) {
  {{memberLinks}}
}
WITH m, o, kind, witness
WHERE o <> m AND (o:Community OR o:IndustrialPark OR o:Unit)
WITH m, o, kind, count(DISTINCT witness) AS count
WITH m, o, collect({kind: kind, count: count}) AS counts, sum(count) AS weight
WITH CASE WHEN m.id < o.id THEN m ELSE o END AS source, CASE WHEN m.id < o.id THEN o ELSE m END AS target,
     counts, weight
MERGE (source)-[l:LINKED]->(target)
SET l.weight = weight,
    l.SHARED_PERSON = [c IN counts WHERE c.kind = 'SHARED_PERSON' | c.count][0],
    l.DUAL_REPORTING = [c IN counts WHERE c.kind = 'DUAL_REPORTING' | c.count][0],
    l.PROJECT_FOR_NEED = [c IN counts WHERE c.kind = 'PROJECT_FOR_NEED' | c.count][0],
    l.RESOURCE_USED = [c IN counts WHERE c.kind = 'RESOURCE_USED' | c.count][0],
    l.JOINT_ACTIVITY = [c IN counts WHERE c.kind = 'JOINT_ACTIVITY' | c.count][0],
    l.SUMMONS_ANSWERED = [c IN counts WHERE c.kind = 'SUMMONS_ANSWERED' | c.count][0]
RETURN count(l) AS links
