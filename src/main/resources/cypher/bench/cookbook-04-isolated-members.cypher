// Bench, cookbook 4 (graphql/examples/04-isolated-members.graphql) by hand: the current members of one alliance
// that no link reaches (lead first, then by id), with all kinds and with only the joint-work kinds ($jointKinds).
// Placeholder: linksWithin (bench/fragment-links-within), used with $kinds = all kinds.
MATCH (a:Alliance {id: $allianceId})
CALL (a) {
  {{linksWithin}}
}
CALL (links) {
  UNWIND links AS link
  UNWIND [link.source, link.target] AS end
  RETURN collect(DISTINCT end.id) AS linked,
         collect(DISTINCT CASE WHEN any(k IN link.kinds WHERE k IN $jointKinds) THEN end.id END) AS working
}
MATCH (a)<-[r:IN_ALLIANCE]-(member) WHERE r.until IS NULL
WITH a, linked, working, r, member ORDER BY CASE WHEN r.role = 'LEAD' THEN 0 ELSE 1 END, member.id
WITH a, collect({role: r.role, organization: {id: member.id, name: member.name}, linked: member.id IN linked,
                 working: member.id IN working}) AS members
RETURN {alliance: {name: a.name,
    isolatedMembers: [m IN members WHERE NOT m.linked | {role: m.role, organization: m.organization}],
    noJointWork: [m IN members WHERE NOT m.working | {organization: m.organization}]}} AS data
