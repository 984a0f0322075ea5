// Links between the member organizations of alliances, read from the link projection (the LINKED relationships, see
// link-projection-refresh.cypher), for a batch of alliances in one statement. Used by
//   Alliance.crossUnitLinks  ($within = true: both ends in the alliance, each pair once with source.id < target.id),
//   Alliance.bridges         ($within = false: source in the alliance, target a member of ANOTHER alliance),
//   Alliance.isolatedMembers (the members no link reaches: `isolated`).
// The ranking and paging read only the projection's counts; only the links of the requested page walk their
// evidence, and only when $evidenceFirst > 0: the memberLinksBetween placeholder is member-link-patterns.cypher with
// BOTH ends bound (`m` the source, `o` the target; OrganizationLinks renders it), so Neo4j walks each path from
// whichever end is cheaper and only between the two. Walking every path from the source and keeping those that
// reached the target read 264,500 db hits for alliance:01's 3 strongest links at scale 1. Answers equal organization-links.cypher's, which walks every member (LinkProjectionTest).
//
// Parameters: $allianceIds [string], $within boolean, $kinds [LinkKind], $minWeight int,
//             $afterWeight, $afterSource, $afterTarget (the keyset of the link before the page: weight and the two
//             ends' ids; null for the first page), $limit int (page size + 1), $evidenceFirst int (0: no evidence),
//             $allow (the read path's allowlist: nodes leave only with these properties),
//             $asOf (a date: the alliance's members as they were that day, i.e. alliance memberships in force
//             then; null: those in force now, without until; memberships without since/until count as always
//             there). The evidence is as it is now, as in organization-links.cypher: the projection holds it so.
UNWIND $allianceIds AS allianceId
MATCH (a:Alliance {id: allianceId})
CALL (a) {
  MATCH (a)<-[ma:IN_ALLIANCE]-(m)
  WHERE CASE WHEN $asOf IS NULL THEN ma.until IS NULL ELSE coalesce(ma.since <= $asOf, true) AND coalesce(ma.until > $asOf, true) END
  WITH a, collect(DISTINCT m) AS ms
  // Within: the LINKED relationship points from the smaller id, and its other end is one of the members already
  // found (no db hits). One undirected pattern with a CASE read the alliance memberships of every linked
  // organization, many of them dense units (19,674 of the statement's 27,553 db hits for alliance:01, scale 1).
  CALL (a, ms) {
    UNWIND ms AS m
    MATCH (m)-[l:LINKED]->(o)
    WHERE $within AND o IN ms
    RETURN m, o, a AS b, l
    UNION
    UNWIND ms AS m
    MATCH (m)-[l:LINKED]-(o)-[ob:IN_ALLIANCE]->(b:Alliance)
    WHERE NOT $within AND b <> a AND CASE WHEN $asOf IS NULL THEN ob.until IS NULL ELSE coalesce(ob.since <= $asOf, true) AND coalesce(ob.until > $asOf, true) END
    RETURN m, o, b, l
  }
  WITH DISTINCT m, o, b, l
  WITH m, o, b, [kind IN $kinds WHERE l[kind] IS NOT NULL | {kind: kind, count: l[kind]}] AS kindCounts
  WITH m, o, b, kindCounts, reduce(weight = 0, c IN kindCounts | weight + c.count) AS weight
  WHERE weight >= $minWeight
  ORDER BY weight DESC, m.id, o.id
  RETURN collect({source: m, target: o, otherAlliance: b, weight: weight, kindCounts: kindCounts}) AS links
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
  CALL (source, target) {
    WITH source AS m, target AS o WHERE $evidenceFirst > 0
    CALL (m, o) {
      {{memberLinksBetween}}
    }
    WITH kind, witness, path
    WHERE kind IN $kinds
    WITH kind, witness, head(collect(path)) AS path
    ORDER BY witness
    WITH kind, collect({kind: kind, witness: witness, path: path})[0..$evidenceFirst] AS items
    RETURN reduce(all = [], kindItems IN collect(items) | all + kindItems) AS evidence
  }
  RETURN collect({
    source: {labels: labels(source), properties: [k IN $allow[head(labels(source))] | [k, source[k]]]},
    target: {labels: labels(target), properties: [k IN $allow[head(labels(target))] | [k, target[k]]]},
    otherAlliance: {labels: labels(other), properties: [k IN $allow[head(labels(other))] | [k, other[k]]]},
    weight: link.weight, kindCounts: link.kindCounts,
    evidence: [item IN evidence | {
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
