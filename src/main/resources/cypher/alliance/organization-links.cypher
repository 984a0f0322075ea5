// Links between the member organizations (communities, industrial parks, units) of alliances, with evidence,
// for a batch of alliances in one statement. Used by
//   Alliance.crossUnitLinks  ($within = true: both ends in the alliance, each pair once with source.id < target.id),
//   Alliance.bridges         ($within = false: source in the alliance, target a member of ANOTHER alliance),
//   Alliance.isolatedMembers (the members no link reaches: `isolated`).
// The memberLinks placeholder takes member-link-patterns.cypher: the evidence paths from a bound member `m`.
//
// One evidence item = one witness of one kind (a person, a party organization, project/need, resource/project,
// an activity, a summons); several paths through the same witness count once. weight = number of items.
// ONE walk from the members finds every link, counts its evidence and keeps, per kind, the first $evidenceFirst
// paths (in witness order, each running from the link's source to its target); only the links of the requested
// page turn their paths into nodes. The pattern union is planned once: Neo4j plans each of its branches for a
// noticeable time, and the statement once walked a second copy of it from the target end for the page's evidence.
//
// Parameters: $allianceIds [string], $within boolean, $kinds [LinkKind], $minWeight int,
//             $afterWeight, $afterSource, $afterTarget (the keyset of the link before the page: weight and the two
//             ends' ids; null for the first page), $limit int (page size + 1), $evidenceFirst int (0: no evidence),
//             $allow (the read path's allowlist: nodes leave only with these properties),
//             $asOf (a date: the alliance's members as they were that day, i.e. alliance memberships in force
//             then; null: those in force now, without until; memberships without since/until count as always
//             there). Under a date, memberLinks takes member-link-patterns-as-of.cypher: the evidence of that
//             day (the paths walked as today, then kept only when in force then).
UNWIND $allianceIds AS allianceId
MATCH (a:Alliance {id: allianceId})
CALL (a) {
  MATCH (a)<-[ma:IN_ALLIANCE]-(m)
  WHERE CASE WHEN $asOf IS NULL THEN ma.until IS NULL ELSE coalesce(ma.since <= $asOf, true) AND coalesce(ma.until > $asOf, true) END
  CALL (m) {
    {{memberLinks}}
  }
  WITH a, m, o, kind, witness, path
  WHERE kind IN $kinds
  MATCH (o)-[ob:IN_ALLIANCE]->(b:Alliance)
  WHERE CASE WHEN $within THEN b = a AND m.id < o.id ELSE b <> a END AND CASE WHEN $asOf IS NULL THEN ob.until IS NULL ELSE coalesce(ob.since <= $asOf, true) AND coalesce(ob.until > $asOf, true) END
  WITH m, o, b, kind, witness, head(collect(path)) AS path
  ORDER BY witness
  WITH m, o, b, kind, count(*) AS count,
       [item IN collect({kind: kind, witness: witness, path: path})[0..$evidenceFirst]] AS items
  ORDER BY kind
  WITH m, o, b, collect({kind: kind, count: count}) AS kindCounts, sum(count) AS weight,
       reduce(all = [], kindItems IN collect(items) | all + kindItems) AS evidence
  WHERE weight >= $minWeight
  ORDER BY weight DESC, m.id, o.id
  RETURN collect({source: m, target: o, otherAlliance: b, weight: weight, kindCounts: kindCounts, evidence: evidence})
         AS links
}
CALL (a) {
  MATCH (a)<-[membership:IN_ALLIANCE]-(member)
  WHERE CASE WHEN $asOf IS NULL THEN membership.until IS NULL ELSE coalesce(membership.since <= $asOf, true) AND coalesce(membership.until > $asOf, true) END
  RETURN collect({id: member.id, role: membership.role, since: membership.since,
                  node: {labels: labels(member), properties: [k IN $allow[head(labels(member))] | [k, member[k]]]}})
         AS members
}
WITH a, links, members, reduce(ids = [], link IN links | ids + [link.source.id, link.target.id]) AS linkedIds
CALL (links) {
  UNWIND [link IN links WHERE $afterWeight IS NULL OR link.weight < $afterWeight
          OR (link.weight = $afterWeight AND (link.source.id > $afterSource
              OR (link.source.id = $afterSource AND link.target.id > $afterTarget)))][0..$limit] AS link
  WITH link, link.source AS source, link.target AS target, link.otherAlliance AS other
  RETURN collect({
    source: {labels: labels(source), properties: [k IN $allow[head(labels(source))] | [k, source[k]]]},
    target: {labels: labels(target), properties: [k IN $allow[head(labels(target))] | [k, target[k]]]},
    otherAlliance: {labels: labels(other), properties: [k IN $allow[head(labels(other))] | [k, other[k]]]},
    weight: link.weight, kindCounts: link.kindCounts,
    evidence: [item IN link.evidence | {
      kind: item.kind,
      witness: item.witness,
      nodes: [n IN nodes(item.path) | {labels: labels(n), properties: [k IN $allow[head(labels(n))] | [k, n[k]]]}],
      relationships: [r IN relationships(item.path) | {
        type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}]
    }]
  }) AS page
}
RETURN a.id AS allianceId,
       size(links) AS totalCount,
       page,
       [member IN members WHERE NOT member.id IN linkedIds] AS isolated
