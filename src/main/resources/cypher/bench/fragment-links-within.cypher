// Bench fragment (placeholder linksWithin, inside CALL (a) { … }): the cross-unit links of alliance `a` as `links`,
// strongest first: both ends current members, each pair once (source id < target id), only evidence of $kinds,
// weight = distinct witnesses, kind counts in $kindOrder. Read from the link projection (the LINKED relationships,
// alliance/link-projection-refresh.cypher) like the API, so the ratio compares like with like; the walk over every
// member's evidence paths it replaced is alliance/organization-links.cypher, the projection's oracle.
MATCH (a)<-[ma:IN_ALLIANCE]-(m) WHERE ma.until IS NULL
MATCH (m)-[l:LINKED]->(o)-[ob:IN_ALLIANCE]->(a) WHERE ob.until IS NULL
WITH m, o, [kind IN $kindOrder WHERE kind IN $kinds AND l[kind] IS NOT NULL | {kind: kind, count: l[kind]}] AS kindCounts
WHERE size(kindCounts) > 0
WITH m, o, kindCounts, reduce(weight = 0, c IN kindCounts | weight + c.count) AS weight
ORDER BY weight DESC, m.id, o.id
RETURN collect({source: m, target: o, weight: weight, kindCounts: kindCounts,
                kinds: [c IN kindCounts | c.kind]}) AS links
